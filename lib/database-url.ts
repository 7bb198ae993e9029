// Shared by prisma.config.ts, lib/db.ts and the start-up script: where the database lives.
// Kept free of server-only imports so the Prisma CLI can load it.
import path from "node:path";

/** The embedded default: a SQLite file under prisma/data/ (gitignored). */
export const DEFAULT_DATABASE_URL = "file:./prisma/data/chipwatch.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** What a DATABASE_URL says the engine is, without reading anything else of it. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? "(no scheme)";
  throw new Error(
    `DATABASE_URL must be a SQLite file: URL (file:./prisma/data/chipwatch.db) or a PostgreSQL URL ` +
      `(postgresql://user:password@host:5432/database); got "${scheme}…"`,
  );
}

/**
 * How Prisma's better-sqlite3 adapter stores a DateTime: ISO 8601 text with milliseconds and a
 * "+00:00" offset (2025-03-01T00:00:00.000+00:00). Raw SQL that writes or compares DateTimes on
 * SQLite uses this form, so text comparison orders them as the instants they write.
 */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().slice(0, -1) + "+00:00";
}

/** Turn a `file:` URL into a path better-sqlite3 can open, relative paths resolved from the project root. */
export function sqliteFileFromUrl(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL (got "${url.split(":")[0]}:…")`);
  }
  const file = url.slice("file:".length).split("?")[0];
  if (file === ":memory:") return file;
  return path.isAbsolute(file) ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

/** The connection pool size when neither the URL's connection_limit nor DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_PG_POOL_SIZE = 10;

/**
 * node-postgres settings for a PostgreSQL URL. The pool size comes from the URL's
 * `connection_limit` parameter (Prisma's own name for it), else DATABASE_POOL_SIZE, else 10;
 * `connection_limit` is taken off the URL before node-postgres sees it. Tables live in the
 * database's default schema (`public`).
 */
export function pgPoolConfig(
  url: string,
  env: Record<string, string | undefined> = process.env,
): { connectionString: string; max: number } {
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get("connection_limit");
  const fromEnv = env.DATABASE_POOL_SIZE || undefined;
  const raw = fromUrl ?? fromEnv;
  let max = DEFAULT_PG_POOL_SIZE;
  if (raw !== undefined) {
    max = Number(raw);
    if (!Number.isInteger(max) || max < 1) {
      const where = fromUrl !== null ? "DATABASE_URL's connection_limit" : "DATABASE_POOL_SIZE";
      throw new Error(`${where} must be a whole number of connections, at least 1 (got "${raw}")`);
    }
  }
  parsed.searchParams.delete("connection_limit");
  return { connectionString: parsed.toString(), max };
}

/** Where a DATABASE_URL points, for messages: the SQLite file, or the PostgreSQL database without its password. */
export function describeDatabase(url: string): string {
  if (databaseProvider(url) === "sqlite") return sqliteFileFromUrl(url);
  const parsed = new URL(url);
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
  return `PostgreSQL database ${decodeURIComponent(parsed.pathname.slice(1))} on ${user}${parsed.host}`;
}
