import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The app's logger; tests may pass a destination to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password'], remove: true },
    },
    destination,
  );
}
