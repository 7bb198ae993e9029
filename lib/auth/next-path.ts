import { DEFAULT_SIGNED_IN_PATH } from "./constants";

// Where to go after signing in. Pure, so the sign-in page, the action and the guard share it.

/**
 * A `?next=` value made safe to redirect to: a path on this site ("/editor/claims?x=1"), never
 * another origin ("//evil.example", "https://…", "/\\evil.example") and never the sign-in page itself.
 * Anything else gives `fallback`.
 */
export function safeNextPath(value: unknown, fallback: string = DEFAULT_SIGNED_IN_PATH): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example" is another host.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  const base = "http://chipwatch.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.pathname === "/login") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
