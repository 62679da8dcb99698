/** Limits shared by backend validation and frontend inputs. */
export const LIMITS = {
  emailMax: 254,
  passwordMin: 10,
  /** bcrypt-era ceiling kept so a password never exceeds what any hasher we might move to accepts. */
  passwordMaxBytes: 72,
  displayNameMax: 80,
  jsonBodyBytes: 100 * 1024,
} as const;
