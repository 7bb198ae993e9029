import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { USER_ROLES, type UserRole } from "@/lib/constants";
import { getActiveSessionUser } from "@/lib/queries/users";
import { REQUEST_PATH_HEADER } from "./constants";
import { safeNextPath } from "./next-path";
import { getRequestSession, getSession, type SessionData } from "./session";

// Who is signed in, checked on the server for every page, action and route handler that needs it.
// A session counts only while its server-side record (UserSession) exists and has not expired, and
// its account exists, is not disabled and has the sessionVersion the session was issued with.
//
//   page or server action:  const user = await requireEditor();   // or requireAdmin()
//   anywhere on the server: const user = await getCurrentUser();   // null for readers
//   route handler:          const user = await getUserFromRequest(request);

export type CurrentUser = { id: string; email: string; name: string | null; role: UserRole };

const isUserRole = (role: string): role is UserRole => (USER_ROLES as readonly string[]).includes(role);

async function userForSession(session: SessionData): Promise<CurrentUser | null> {
  const { userId, sessionId, sessionVersion } = session;
  if (typeof userId !== "string" || typeof sessionId !== "string" || typeof sessionVersion !== "number") return null;
  const user = await getActiveSessionUser({ userId, sessionId, sessionVersion });
  if (!user || !isUserRole(user.role)) return null;
  return { ...user, role: user.role };
}

/** The signed-in editor or admin, or null. Asked once per request however many components ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => userForSession(await getSession()));

/** The signed-in editor or admin of a route handler's request, or null. */
export async function getUserFromRequest(request: Request): Promise<CurrentUser | null> {
  return userForSession(await getRequestSession(request));
}

/** Whether a user may do what `role` may: an admin may do everything an editor may. */
export function hasRole(user: CurrentUser | null, role: UserRole): user is CurrentUser {
  if (!user) return false;
  return role === "editor" || user.role === "admin";
}

async function redirectToSignIn(): Promise<never> {
  const requested = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(`/login?next=${encodeURIComponent(safeNextPath(requested))}`);
}

/**
 * The signed-in editor or admin; anyone else is sent to `/login?next=<the requested path>`.
 * Call it first in every editor page and every server action that writes.
 */
export async function requireEditor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (hasRole(user, "editor")) return user;
  return redirectToSignIn();
}

/** The signed-in admin; readers are sent to sign in, and editors get a 404 (admin pages stay hidden). */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn();
  if (!hasRole(user, "admin")) notFound();
  return user;
}
