import { z } from "zod";

// Sign-in and account schemas, shared by the sign-in form, its server action and
// `npm run admin:create`. Emails are compared trimmed and lower-cased everywhere.

/** The longest password accepted: argon2 hashes any length, but a megabyte "password" is an attack. */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_ACCOUNT_PASSWORD_LENGTH = 12;

export const EmailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "An email address has at most 254 characters" })
  .pipe(z.email({ error: "Enter an email address such as name@example.org" }));

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(MAX_PASSWORD_LENGTH, { error: "Email or password is incorrect" }),
  next: z.string().optional(),
});
export type SignIn = z.infer<typeof SignInSchema>;

/** What the sign-in form shows after an attempt: the email as typed, and what went wrong. */
export type SignInState = {
  email: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  /** a message about the whole form (the rate limit), shown above the fields */
  formError?: string;
};
export const INITIAL_SIGN_IN_STATE: SignInState = { email: "" };

const COMMON_PASSWORDS = new Set([
  "password",
  "passwordpassword",
  "password1234",
  "123456789012",
  "qwertyuiopas",
  "letmeinletmein",
  "chipwatch-demo",
  "chipwatchchipwatch",
]);

/**
 * A password an account may have (admins, and later password changes): at least 12 characters,
 * not a well-known one, not one character repeated or a run such as "123456789012", and not the
 * email address.
 */
export function accountPasswordSchema(email: string) {
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  return z
    .string()
    .min(MIN_ACCOUNT_PASSWORD_LENGTH, { error: `must be at least ${MIN_ACCOUNT_PASSWORD_LENGTH} characters long` })
    .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters long` })
    .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), { error: "is a well-known password; choose another" })
    .refine((p) => new Set(p).size >= 5, { error: "needs at least 5 different characters" })
    .refine((p) => !isRun(p), { error: "is a run of consecutive characters; choose another" })
    .refine((p) => !p.toLowerCase().includes(email.toLowerCase()) && (localPart.length < 4 || !p.toLowerCase().includes(localPart)), {
      error: "must not contain the email address",
    });
}

/** "abcdefghijkl", "123456789012", "987654321098": each character one step from the last. */
function isRun(password: string): boolean {
  const codes = [...password].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => (((code - codes[i]) % 10) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}
