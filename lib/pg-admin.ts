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
      if ((error as { code?: string }).code !== "3D000") throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/** DROP DATABASE … WITH (FORCE): ends the sessions still connected to it first (PostgreSQL ≥ 13). */
export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

export async function createDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
}
