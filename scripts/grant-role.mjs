import { backendModule } from './require-build.mjs';

await import(backendModule('cli/grant-role.js'));
