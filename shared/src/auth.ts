import { z } from 'zod';
import { lineText } from './text';
import { LIMITS } from './limits';
import { OrganiserRequestSchema, type OrganiserRequestDto } from './roles';

export const LANGUAGES = ['ja', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const ROLES = ['member', 'organiser', 'admin'] as const;
export type Role = (typeof ROLES)[number];

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().min(1).max(64).refine(isValidTimeZone, { message: 'Unknown IANA time zone' });

export const EmailSchema = z
  .string()
  .trim()
  .max(LIMITS.emailMax)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());

export const PasswordSchema = z
  .string()
  .min(LIMITS.passwordMin, { message: `At least ${LIMITS.passwordMin} characters` })
  .refine((p) => new TextEncoder().encode(p).length <= LIMITS.passwordMaxBytes, {
    message: `At most ${LIMITS.passwordMaxBytes} bytes`,
  });

export const DisplayNameSchema = lineText(LIMITS.displayNameMax).min(1);

export const RegisterSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  language: LanguageSchema,
  timeZone: TimeZoneSchema,
  /** A request to organise events: the account starts as a member until an admin grants it. */
  organiserRequest: OrganiserRequestSchema.optional(),
});
export type RegisterInput = z.input<typeof RegisterSchema>;

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof LoginSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: PasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const DeleteAccountSchema = z.strictObject({
  password: z.string().min(1).max(1024),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountSchema>;

/** What a user may change about their own account (never role or email). */
export const UpdateMeSchema = z
  .strictObject({
    displayName: DisplayNameSchema,
    language: LanguageSchema,
    timeZone: TimeZoneSchema,
  })
  .partial();
export type UpdateMeInput = z.infer<typeof UpdateMeSchema>;

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  timeZone: string;
  role: Role;
  /** The member's request to organise events (status `granted` for organisers). */
  organiserRequest: OrganiserRequestDto;
  createdAt: string;
}
