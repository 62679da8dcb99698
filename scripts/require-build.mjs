import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The path of a compiled backend module, or a clear message to build first. */
export function backendModule(relative) {
  const file = path.join(root, 'backend', 'dist', relative);
  if (!existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  return file;
}
