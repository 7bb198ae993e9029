import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, SESSION_COOKIE_NAME } from "@/lib/auth/constants";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";

// Runs before every page renders.
// 1. A strict Content-Security-Policy with a fresh nonce per request: Next.js reads the policy
//    from the request headers and puts the nonce on the scripts it emits.
// 2. The editor's pages: a request without a session cookie goes straight to `/login?next=<path>`.
//    This is only the quick first check (the cookie is not opened here); every editor page and
//    server action still calls requireEditor(), which checks the session and the account on the
//    server. The requested path is passed on for requireEditor()'s own redirect.
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const isEditor = request.nextUrl.pathname === "/editor" || request.nextUrl.pathname.startsWith("/editor/");
  if (isEditor && !request.cookies.has(SESSION_COOKIE_NAME)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }

  const csp = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  if (isEditor) headers.set(REQUEST_PATH_HEADER, path);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // every page; not the JSON API, build assets or prefetches
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
