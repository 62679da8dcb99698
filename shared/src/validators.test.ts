import fc from 'fast-check';
import { ChangePasswordSchema, LoginSchema, RegisterSchema, UpdateMeSchema } from './auth';
import { EditMessageSchema, MarkReadSchema, ReportSchema, SendMessageSchema, TypingSchema } from './chat';
import { FeedbackSchema, SuggestionsQuerySchema } from './matching';
import { assertPlain } from './testing/assert-plain';

/**
 * The account, chat and matching validators: for any input at all, a schema either refuses it or
 * yields plain data only (no operator keys, functions or prototype tricks reach the database).
 */
const SCHEMAS = {
  RegisterSchema,
  LoginSchema,
  ChangePasswordSchema,
  UpdateMeSchema,
  SendMessageSchema,
  EditMessageSchema,
  MarkReadSchema,
  TypingSchema,
  ReportSchema,
  FeedbackSchema,
  SuggestionsQuerySchema,
};

const hostile = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true }),
  fc.dictionary(fc.constantFrom('$gt', '$ne', '$where', 'email', 'password', '__proto__', 'text'), fc.anything()),
  fc.record({ email: fc.anything(), password: fc.anything() }),
);

describe.each(Object.entries(SCHEMAS))('%s', (_name, schema) => {
  it('either rejects any input or yields only plain values', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = schema.safeParse(input);
        if (result.success) assertPlain(result.data);
      }),
      { numRuns: 300 },
    );
  });
});

it('accepts a valid registration and refuses the same with an operator in place of the password', () => {
  const valid = {
    email: 'Someone@Example.com',
    password: 'a long enough password',
    displayName: '山田 花子',
    language: 'ja',
    timeZone: 'Asia/Tokyo',
  };
  expect(RegisterSchema.parse(valid)).toEqual({ ...valid, email: 'someone@example.com' });
  expect(RegisterSchema.parse({ ...valid, organiserRequest: {} })).toMatchObject({ organiserRequest: { note: '' } });
  expect(RegisterSchema.safeParse({ ...valid, role: 'organiser' }).success).toBe(false);
  expect(RegisterSchema.safeParse({ ...valid, password: { $gt: '' } }).success).toBe(false);
  expect(LoginSchema.safeParse({ email: { $ne: null }, password: 'x' }).success).toBe(false);
});
