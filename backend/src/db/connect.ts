import mongoose from 'mongoose';

mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);
mongoose.set('autoIndex', false);

/**
 * Connects the default mongoose connection and creates every registered model's indexes before
 * returning, so unique constraints hold from the first request.
 */
export async function connectDatabase(uri: string, dbName: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000 });
  await ensureIndexes();
  return mongoose;
}

export async function ensureIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) {
    await model.createIndexes();
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export function databaseIsUp(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected;
}
