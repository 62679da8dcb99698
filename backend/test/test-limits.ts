/**
 * Tests sign up, log in and write many times from 127.0.0.1: these limits stay out of their way.
 * Tests of a limit set it low in their own env. (Chat messages keep their default.)
 */
export const GENEROUS_TEST_LIMITS: Readonly<Record<string, string>> = {
  LOGIN_IP_MAX_ATTEMPTS: '100000',
  REGISTER_IP_MAX: '100000',
  MEMBER_WRITES_MAX: '100000',
};
