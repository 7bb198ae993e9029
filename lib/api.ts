import "server-only";
import type { z } from "zod";
import { getUserFromRequest, hasRole, type CurrentUser } from "@/lib/auth/guard";
import { CLAIM_STATUSES, PUBLIC_CLAIM_STATUSES, type ClaimStatus, type UserRole } from "@/lib/constants";
import { parseSearchParams } from "@/lib/validation/api";

// Responses of the public read API (app/api/v1). Success: `{ data, … }`. Failure:
// `{ error: { message, parameter? } }` with 400 (bad query), 401 (sign in first), 403 (not for
// readers, or not for this role) or 404 (no such record). A 500 is only ever a fault of the
// server, logged, never bad input.

const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** A failure the caller caused, with the HTTP status that says so. Thrown inside `handleApiRequest`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": JSON_CONTENT_TYPE } });
}

export function errorResponse(status: number, message: string, parameter?: string): Response {
  return jsonResponse({ error: parameter === undefined ? { message } : { message, parameter } }, status);
}

/**
 * Run a route handler's body: an ApiError becomes its JSON error response; anything else is a
 * server fault, logged with the request, and answered with a 500 that reveals nothing more.
 */
export async function handleApiRequest(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    refuseNulCharacters(request);
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.message, error.parameter);
    console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
    return errorResponse(500, "The server failed to answer this request. Please try again later.");
  }
}

/**
 * No record holds a NUL character (U+0000), and PostgreSQL refuses one in any text it is sent, so a
 * path or query parameter with one is a 400 on either engine rather than a database error.
 */
function refuseNulCharacters(request: Request): void {
  const url = new URL(request.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (path.includes("\u0000")) throw new ApiError(400, "the address contains a NUL character (%00)");
  for (const [name, value] of url.searchParams) {
    if (name.includes("\u0000") || value.includes("\u0000")) {
      throw new ApiError(400, `${name.replace(/\u0000/g, "")} must not contain a NUL character (%00)`, name);
    }
  }
}

/** Parse the request's query string with a schema from lib/validation/api, or throw a 400. */
export function parseQuery<Output>(schema: z.ZodType<Output>, request: Request): Output {
  const parsed = parseSearchParams(schema, new URL(request.url).searchParams);
  if (!parsed.success) throw new ApiError(400, parsed.error.message, parsed.error.parameter);
  return parsed.data;
}

/** A list's body: one page of records and where it sits in the whole. */
export function listBody<T>(data: T[], total: number, paging: { page: number; pageSize: number }) {
  return { data, page: paging.page, pageSize: paging.pageSize, total };
}

/** Throw a 404 naming what was not found. */
export function notFound(what: string, key: string): never {
  throw new ApiError(404, `no ${what} '${key}'`);
}

/** Throw a 400 for a filter that names a record that does not exist. */
export function unknownFilterValue(parameter: string, what: string, slug: string): never {
  throw new ApiError(400, `unknown ${what} '${slug}'`, parameter);
}

/**
 * The signed-in user a route handler that writes must have: throws a 401 when the request carries
 * no valid session, a 403 when its user's role is not enough (an admin may do what an editor may).
 */
export async function requireApiUser(request: Request, role: UserRole = "editor"): Promise<CurrentUser> {
  const user = await getUserFromRequest(request);
  if (!user) throw new ApiError(401, "sign in as an editor to do this");
  if (!hasRole(user, role)) throw new ApiError(403, `this is for ${role}s only`);
  return user;
}

/** Whether this request may see claims readers may not (drafts, retracted): it carries a valid editor or admin session. */
export async function canSeeNonPublicClaims(request: Request): Promise<boolean> {
  return hasRole(await getUserFromRequest(request), "editor");
}

/**
 * The claim statuses to show for a requested `status` filter: the public ones when none is asked
 * for; a non-public one only to those who may see it, else a 403 naming the parameter.
 */
export async function claimStatusesFor(request: Request, status: ClaimStatus | undefined): Promise<readonly ClaimStatus[]> {
  if (status === undefined) return PUBLIC_CLAIM_STATUSES;
  if (!PUBLIC_CLAIM_STATUSES.includes(status) && !(await canSeeNonPublicClaims(request))) {
    throw new ApiError(403, `claims with status '${status}' are for editors only`, "status");
  }
  return [status];
}

/** Every claim status this request may see: for one record, counts and nested claim lists. */
export async function visibleClaimStatuses(request: Request): Promise<readonly ClaimStatus[]> {
  return (await canSeeNonPublicClaims(request)) ? CLAIM_STATUSES : PUBLIC_CLAIM_STATUSES;
}
