export { tagsRouter } from './tags.routes';
