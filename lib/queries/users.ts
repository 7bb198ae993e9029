import "server-only";
import { db } from "@/lib/db";

// Reads of editor and admin accounts, for lib/auth and the sign-in action. Never returns a
// password hash except to the one function that checks a password.

/**
 * The account a session names, if the session's record is there and unexpired (not signed out),
 * and the account still exists, is enabled and has the session's sessionVersion.
 */
export async function getActiveSessionUser(session: { userId: string; sessionId: string; sessionVersion: number }) {
  const row = await db.userSession.findFirst({
    where: {
      id: session.sessionId,
      userId: session.userId,
      expiresAt: { gt: new Date() },
      user: { sessionVersion: session.sessionVersion, disabled: false },
    },
    select: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  return row?.user ?? null;
}

/** What the sign-in action needs to check a password for an email (already normalised). */
export async function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, role: true, disabled: true, passwordHash: true, sessionVersion: true },
  });
}
