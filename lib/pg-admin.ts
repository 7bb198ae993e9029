// Creating and dropping whole PostgreSQL databases, for the scripts and the tests (never the app):
// scripts/e2e-fresh-db.ts, scripts/db-reset.ts and tests/setup (a fresh database per test file).
import pg from "pg";
import { pgPoolConfig } from "./database-url";

/** The database a PostgreSQL URL names. */
export function pgDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("the PostgreSQL URL names no database (postgresql://user:password@host:5432/<database>)");
  return name;
}

/** The same server and credentials, another database. */
export function pgUrlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The SQLSTATE of a pg error, if it is one. */
const pgCode = (error: unknown) => (error as { code?: string } | null)?.code;

/** Run `fn` on one connection to `url`'s database, then close it. */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgPoolConfig(url).connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Run `fn` connected to a database of the server other than `url`'s own (which may not exist yet,
 * or is about to be dropped): the `postgres` maintenance database, else `template1`.
 */
export async function withMaintenanceClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const own = pgDatabaseName(url);
  const candidates = ["postgres", "template1"].filter((name) => name !== own);
  let lastError: unknown;
  for (const name of candidates) {
    try {
      return await withPgClient(pgUrlWithDatabase(url, name), fn);
    } catch (error) {
      // 3D000: that database does not exist; try the next one
      if (pgCode(error) !== "3D000") throw error;
      lastError = error;
    }
  }
  throw lastError;
}

type Queryable = Pick<pg.Client, "query">;

/**
 * DROP DATABASE … WITH (FORCE): ends the sessions still connected to it first (PostgreSQL ≥ 13).
 *
 * FORCE refuses (42501 insufficient_privilege, "must be a member of the role whose process is
 * being terminated") when one of those sessions belongs to no role the caller is a member of. A
 * role without pg_signal_backend meets that in an autovacuum worker, which has no role: CI's
 * PostgreSQL 15 refused a test database's drop so, once, right after the test had written to it.
 * The plain DROP DATABASE asks autovacuum workers to stop and waits for them; it is tried then, a
 * few times while the database is still in use (55006). Another user's session still blocks it.
 */
export async function dropDatabase(
  client: Queryable,
  name: string,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<void> {
  const statement = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`;
  try {
    await client.query(`${statement} WITH (FORCE)`);
    return;
  } catch (error) {
    if (pgCode(error) !== "42501") throw error;
  }
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(statement);
      return;
    } catch (error) {
      if (pgCode(error) !== "55006" || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 500));
    }
  }
}

export async function createDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
}
