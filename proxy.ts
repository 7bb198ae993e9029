import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, SESSION_COOKIE_NAME } from "@/lib/auth/constants";

// The editor's pages, before they render: a request without a session cookie goes straight to
// `/login?next=<path>`. This is only the quick first check (the cookie is not opened here); every
// editor page and server action still calls requireEditor(), which checks the session and the
// account on the server. The requested path is passed on for requireEditor()'s own redirect.
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!request.cookies.has(SESSION_COOKIE_NAME)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/editor", "/editor/:path*"],
};
