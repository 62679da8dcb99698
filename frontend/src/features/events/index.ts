export { AgendaPage } from './AgendaPage';
export { EventFormPage } from './EventFormPage';
export { EventPage } from './EventPage';
export { EventsPage } from './EventsPage';
export { ManagePage } from './ManagePage';
export { PrintPage } from './PrintPage';
