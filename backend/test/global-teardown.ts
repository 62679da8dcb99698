export default async function globalTeardown(): Promise<void> {
  await globalThis.__MUSUBI_TEST_DB__?.stop();
}
