import { backendModule } from './require-build.mjs';

await import(backendModule('cli/make-admin.js'));
