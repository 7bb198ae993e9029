import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseProvider } from "@/lib/database-url";

// The environment, parsed once. A bad value stops the process with a message naming the variable.
// Kept free of server-only imports: scripts/prepare-db.ts (run before `next start`) parses it too,
// so a production deployment with a bad setting refuses to start before it serves anything.

/**
 * The session secret used when SESSION_SECRET is not set outside production. It is public (it is in
 * this file), so production refuses it.
 */
export const DEV_SESSION_SECRET = "chipwatch-development-only-session-secret-do-not-deploy";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (v) => {
        try {
          databaseProvider(v);
          return true;
        } catch {
          return false;
        }
      },
      {
        error:
          "must be a SQLite file: URL such as file:./prisma/data/chipwatch.db, " +
          "or a PostgreSQL URL such as postgresql://user:password@localhost:5432/chipwatch",
      },
    ),
  /** PostgreSQL only: connections in the pool when DATABASE_URL has no connection_limit (default 10). */
  DATABASE_POOL_SIZE: z
    .string()
    .regex(/^[1-9][0-9]*$/, { error: "must be a whole number of connections, at least 1" })
    .optional(),
  /** `npm start`: how many Next.js server processes share the port (default: one per core). */
  CHIPWATCH_WORKERS: z
    .string()
    .regex(/^[1-9][0-9]*$/, { error: "must be a whole number of processes, at least 1" })
    .transform(Number)
    .refine((n) => n <= 64, { error: "must be at most 64" })
    .optional(),
  /** Seals the session cookies (iron-session). Changing it signs everyone out. */
  SESSION_SECRET: z
    .string()
    .min(32, { error: "must be at least 32 characters long; generate one with `openssl rand -base64 32`" })
    .optional(),
  /** Whether the demo editor (editor@chipwatch.local / chipwatch-demo) may sign in. */
  CHIPWATCH_DEMO_ACCOUNTS: z
    .enum(["on", "off"], { error: (issue) => `must be "on" or "off" (got ${JSON.stringify(issue.input)})` })
    .optional(),
  /** "true" lets a production server run with the demo editor on (a public demo). */
  CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: z
    .enum(["true", "false"], { error: 'must be "true" or "false"' })
    .default("false")
    .transform((v) => v === "true"),
});

export type Env = {
  NODE_ENV: "development" | "production" | "test";
  DATABASE_URL: string;
  SESSION_SECRET: string;
  CHIPWATCH_DEMO_ACCOUNTS: "on" | "off";
  CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: boolean;
  /** undefined: one per core (scripts/serve.ts) */
  CHIPWATCH_WORKERS: number | undefined;
};

/**
 * Parse an environment (process.env, or a test's own object). An empty variable counts as unset.
 * In production, a missing or development session secret, or demo accounts left on without
 * CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION=true, is an error. `next build` runs with NODE_ENV=production
 * but serves nobody, so those checks wait for the server (NEXT_PHASE says which is which).
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }

  const raw = parsed.data;
  const production = raw.NODE_ENV === "production";
  const building = source.NEXT_PHASE === "phase-production-build";
  const demo = raw.CHIPWATCH_DEMO_ACCOUNTS ?? (production ? "off" : "on");
  const problems: string[] = [];

  if (production && !building) {
    if (raw.SESSION_SECRET === undefined) {
      problems.push(
        "SESSION_SECRET: must be set in production, to a random string of at least 32 characters (`openssl rand -base64 32`)",
      );
    } else if (raw.SESSION_SECRET === DEV_SESSION_SECRET) {
      problems.push("SESSION_SECRET: is the public development default; set a secret of your own in production");
    }
    if (demo === "on" && !raw.CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION) {
      problems.push(
        "CHIPWATCH_DEMO_ACCOUNTS: is on in production, which lets anyone sign in as the demo editor " +
          "(editor@chipwatch.local / chipwatch-demo); set CHIPWATCH_DEMO_ACCOUNTS=off, " +
          "or CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION=true if this server is meant to be a public demo",
      );
    }
  }
  if (problems.length > 0) throw new Error(`Invalid environment: ${problems.join("; ")}`);

  return {
    NODE_ENV: raw.NODE_ENV,
    DATABASE_URL: raw.DATABASE_URL,
    SESSION_SECRET: raw.SESSION_SECRET ?? DEV_SESSION_SECRET,
    CHIPWATCH_DEMO_ACCOUNTS: demo,
    CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: raw.CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION,
    CHIPWATCH_WORKERS: raw.CHIPWATCH_WORKERS,
  };
}

export const env = parseEnv(process.env);
