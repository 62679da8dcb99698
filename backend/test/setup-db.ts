import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { connectDatabase, disconnectDatabase } from '../src/db/connect';
import '../src/models';

/** A fresh database per test file, dropped afterwards: files never see each other's data. */
beforeAll(async () => {
  const uri = process.env.MUSUBI_TEST_MONGODB_URI;
  if (!uri) throw new Error('MUSUBI_TEST_MONGODB_URI is not set: run tests through jest (globalSetup)');
  await connectDatabase(uri, `t_${randomBytes(6).toString('hex')}`);
});

afterAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected) {
    await mongoose.connection.dropDatabase();
  }
  await disconnectDatabase();
});
