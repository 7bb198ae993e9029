import "server-only";
import { db } from "@/lib/db";

// Reads of editor and admin accounts, for lib/auth and the sign-in action. Never returns a
// password hash except to the one function that checks a password.

/** The account a session names, if it still exists, is enabled and the session is not stale. */
export async function getActiveSessionUser(userId: string, sessionVersion: number) {
  return db.user.findFirst({
    where: { id: userId, sessionVersion, disabled: false },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** What the sign-in action needs to check a password for an email (already normalised). */
export async function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, role: true, disabled: true, passwordHash: true, sessionVersion: true },
  });
}
