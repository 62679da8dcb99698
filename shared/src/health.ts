export interface HealthDto {
  status: 'ok' | 'degraded';
  version: string;
  database: { kind: string; status: 'up' | 'down' };
  uptimeSeconds: number;
}
