import type { Language, UpsertProfileInput } from '@musubi/shared';

/** One generated demo member: the account to register and the profile to save for it. */
export interface DemoProfile {
  /** Stable across runs for the same seed: 'startup-0007'. */
  key: string;
  /** demo+<key>@musubi.example */
  email: string;
  displayName: string;
  /** The account's interface language. */
  language: Language;
  /** IANA time zone of the member's location. */
  timeZone: string;
  profile: UpsertProfileInput;
}

/** A documented demo account people can sign in with (all share DEMO_PASSWORD). */
export type DemoAccount =
  | (DemoProfile & { role: 'member'; password: string })
  | (Omit<DemoProfile, 'profile'> & { role: 'organiser'; password: string; profile: null });
