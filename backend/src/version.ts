import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The backend package version (read once; dist and src sit at the same depth). */
export const VERSION: string = (
  JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;
