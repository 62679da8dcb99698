export { CallFormPage } from './CallFormPage';
export { CallPage } from './CallPage';
export { CallsForYou } from './CallsForYou';
export { CallsPage } from './CallsPage';
