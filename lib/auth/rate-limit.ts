import "server-only";
import type { Db } from "@/lib/prisma-client";

// Failed sign-ins are counted in the database (LoginAttempt), so the limit holds across server
// instances and restarts. Per email: 5 failures in 15 minutes, counted since that email's last
// successful sign-in. Per client address: 20 failures in 15 minutes, whatever the email, and not
// reset by a success (one good account must not unlock guessing at the others). A refused
// attempt is not counted, so the lock lifts when the window has passed.
//
// The database is passed in (the sign-in action passes lib/db's client; tests a throwaway one),
// and so is the time, so tests can move the clock.

export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 20, windowMs: 15 * 60_000 } as const;

/** Attempts older than this are deleted as new ones are recorded. */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60_000;

export type SignInAttemptKey = { email: string; ip: string | null };
export type SignInGate = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export function rateLimitMessage(retryAfterMinutes: number): string {
  return `Too many failed sign-ins, try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? "" : "s"}`;
}

/** When a lock from `failures` (newest first) lifts: when the `limit`-th newest leaves the window. */
function lockedUntil(failures: { createdAt: Date }[], limit: number, windowMs: number): number | null {
  if (failures.length < limit) return null;
  return failures[limit - 1].createdAt.getTime() + windowMs;
}

/** Whether a sign-in for this email from this address may be tried now, before any password is checked. */
export async function checkSignInRateLimit(db: Db, key: SignInAttemptKey, now = new Date()): Promise<SignInGate> {
  const { perEmail, perAddress, windowMs } = SIGN_IN_LIMITS;
  const windowStart = new Date(now.getTime() - windowMs);

  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email: key.email, success: true, createdAt: { gt: windowStart, lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const emailFailures = await db.loginAttempt.findMany({
    where: { email: key.email, success: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart, lte: now } },
    orderBy: { createdAt: "desc" },
    take: perEmail,
    select: { createdAt: true },
  });
  const addressFailures = key.ip
    ? await db.loginAttempt.findMany({
        where: { ip: key.ip, success: false, createdAt: { gt: windowStart, lte: now } },
        orderBy: { createdAt: "desc" },
        take: perAddress,
        select: { createdAt: true },
      })
    : [];

  const until = Math.max(
    lockedUntil(emailFailures, perEmail, windowMs) ?? 0,
    lockedUntil(addressFailures, perAddress, windowMs) ?? 0,
  );
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

/** Record a sign-in that was tried (not one refused by the limit), and forget attempts older than a day. */
export async function recordSignInAttempt(
  db: Db,
  attempt: SignInAttemptKey & { success: boolean },
  now = new Date(),
): Promise<void> {
  await db.$transaction([
    db.loginAttempt.create({ data: { email: attempt.email, ip: attempt.ip, success: attempt.success, createdAt: now } }),
    db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } }),
  ]);
}

/**
 * The client's address from the request headers, null when unknown: the last x-forwarded-for
 * entry, the one the nearest reverse proxy appended. With no proxy in front, Next.js sets the
 * header to the socket's address only when the client sent none, so a client talking to Next.js
 * directly can name its own address and dodge the per-address limit; the per-email limit holds.
 */
export function clientAddress(headerList: Headers): string | null {
  const forwarded = headerList.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headerList.get("x-real-ip")?.trim() || null;
}
