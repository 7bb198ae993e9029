"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeNextPath } from "@/lib/auth/next-path";
import { requireEditor } from "@/lib/auth/guard";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import {
  checkSignInRateLimit,
  clientAddress,
  rateLimitMessage,
  recordSignInAttempt,
} from "@/lib/auth/rate-limit";
import { getSession } from "@/lib/auth/session";
import { closeAllSessions, closeSession, openSession } from "@/lib/auth/sessions";
import { USER_ROLES } from "@/lib/constants";
import { db } from "@/lib/db";
import { getUserForSignIn } from "@/lib/queries/users";
import { formArgument } from "@/lib/validation/action-args";
import { SignInSchema, type SignInState } from "@/lib/validation/auth";

// Sign-in and sign-out. Server actions are POST-only and Next.js checks their Origin against the
// Host, so another site cannot submit these forms on a visitor's behalf.

const INCORRECT = "Email or password is incorrect";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  formData = formArgument(formData);
  const typedEmail = String(formData.get("email") ?? "").slice(0, 254);
  const parsed = SignInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { email: typedEmail, fieldErrors: { email: fieldErrors.email, password: fieldErrors.password } };
  }
  const { email, password, next } = parsed.data;
  const key = { email, ip: clientAddress(await headers()) };

  // Over the limit: refuse without looking at the password, right or wrong.
  const gate = await checkSignInRateLimit(db, key);
  if (!gate.allowed) return { email: typedEmail, formError: rateLimitMessage(gate.retryAfterMinutes) };

  // The same answer, after the same work, whether the email has no account, the account is
  // disabled or the password is wrong: the form does not tell which emails have accounts.
  const user = await getUserForSignIn(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDecoy(password);
  const success = !!user && passwordMatches && !user.disabled && (USER_ROLES as readonly string[]).includes(user.role);
  await recordSignInAttempt(db, { ...key, success });
  if (!success) return { email: typedEmail, fieldErrors: { password: [INCORRECT] } };

  const session = await getSession();
  session.userId = user.id;
  session.sessionId = await openSession(db, user.id);
  session.sessionVersion = user.sessionVersion;
  await session.save();
  redirect(safeNextPath(next));
}

/** Ends this session on the server (a copy of the cookie stops working) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const session = await getSession();
  if (typeof session.sessionId === "string") await closeSession(db, session.sessionId);
  session.destroy();
  redirect("/");
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireEditor();
  await closeAllSessions(db, user.id);
  const session = await getSession();
  session.destroy();
  redirect("/login");
}
