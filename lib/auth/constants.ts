// Names shared by proxy.ts and the server-side auth modules. Nothing here reads the environment
// or the database, so proxy.ts can import it without pulling in the session secret or Prisma.

/** The sealed, HTTP-only session cookie (iron-session). */
export const SESSION_COOKIE_NAME = "chipwatch_session";

/** How long a session lasts after sign-in, in seconds (7 days). */
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Request header in which proxy.ts passes the requested path to requireEditor(), for `/login?next=`. */
export const REQUEST_PATH_HEADER = "x-chipwatch-path";

/** Where a signed-in editor lands when `?next=` is missing or unsafe. */
export const DEFAULT_SIGNED_IN_PATH = "/editor";

/**
 * The demo editor, created on database preparation while CHIPWATCH_DEMO_ACCOUNTS is on (the
 * default outside production) and disabled when it is off. Its password is public: it is here.
 */
export const DEMO_EDITOR = { email: "editor@chipwatch.local", password: "chipwatch-demo", name: "Demo editor" } as const;
