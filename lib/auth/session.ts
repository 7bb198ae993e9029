import "server-only";
import { getIronSession, type IronSession, type SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAME, SESSION_TTL_SECONDS } from "./constants";

// The session: a cookie sealed (encrypted and signed) by iron-session with SESSION_SECRET. It holds
// only who signed in, the id of the server's record of this session (UserSession, lib/auth/sessions.ts)
// and the account's sessionVersion at that moment; lib/auth/guard.ts checks all three against the
// database on every request, so signing out, disabling an account or raising its sessionVersion
// ends the session at once, even for a copy of the cookie.

export type SessionData = { userId?: string; sessionId?: string; sessionVersion?: number };

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether the session cookie gets the `Secure` attribute: always in production, so browsers send
 * it over https only, except to a plain-http loopback address (`next start` on 127.0.0.1 for the
 * browser tests), where a Secure cookie might not be kept. Never in development (http://localhost).
 */
export function sessionCookieSecure(request: { production: boolean; protocol: string | null; host: string | null }) {
  if (!request.production) return false;
  if (request.protocol === "https") return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${request.host ?? ""}`).hostname;
  } catch {
    return true;
  }
  return !LOOPBACK_HOSTNAMES.has(hostname);
}

function sessionOptions(secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE_NAME,
    password: env.SESSION_SECRET,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure, path: "/" },
  };
}

/** The protocol of the request as the client sent it (Next.js sets x-forwarded-proto when a proxy has not). */
function requestProtocol(headerList: Headers): string | null {
  return headerList.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() ?? null;
}

/**
 * The current request's session, from `cookies()`: readable in server components, writable
 * (`save()`, `destroy()`) in server actions and route handlers only.
 */
export async function getSession(): Promise<IronSession<SessionData>> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const secure = sessionCookieSecure({
    production: env.NODE_ENV === "production",
    protocol: requestProtocol(headerList),
    host: headerList.get("host"),
  });
  return getIronSession<SessionData>(cookieStore, sessionOptions(secure));
}

/** The session a request carries, for route handlers; an absent, expired or forged cookie gives `{}`. */
export async function getRequestSession(request: Request): Promise<SessionData> {
  try {
    const session = await getIronSession<SessionData>(request, new Response(), sessionOptions(true));
    return { userId: session.userId, sessionId: session.sessionId, sessionVersion: session.sessionVersion };
  } catch {
    return {};
  }
}
