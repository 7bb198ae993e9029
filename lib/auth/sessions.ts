import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { SESSION_TTL_SECONDS } from "./constants";

// The server's record of each signed-in browser (UserSession). The sealed cookie names one row;
// lib/auth/guard.ts accepts a cookie only while its row exists and has not expired, so signing out
// ends that session on the server too: a copy of the cookie taken before is refused afterwards.

/** A new session for a user who just signed in: its id goes into the cookie. Drops the user's expired rows. */
export async function openSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.userSession.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000) } }),
  ]);
  return id;
}

/** Ends one session (sign out). Nothing happens for an id that names no row. */
export async function closeSession(db: Db, sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user (sign out everywhere), with the user's sessionVersion raised. */
export async function closeAllSessions(db: Db, userId: string): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    db.userSession.deleteMany({ where: { userId } }),
  ]);
}
