/** `GET /api/health` and `/api/health/ready`: 200 when the database answered a ping in time, else 503. */
export interface HealthDto {
  status: 'ok' | 'degraded';
  version: string;
  database: { kind: string; status: 'up' | 'down' };
  uptimeSeconds: number;
}

/** `GET /api/health/live`: the process serves requests (the database is not asked). */
export interface LivenessDto {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
}
