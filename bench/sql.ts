// A tiny read-only SQL client over SQLite (better-sqlite3) or PostgreSQL (pg), for the floor
// server and for picking the benchmark's targets. Queries are written once with `?` placeholders
// and double-quoted identifiers, which both engines accept; `dialect` covers what differs.
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFileFromUrl } from "../lib/database-url";

export type Engine = "sqlite" | "postgres";
export type Row = Record<string, unknown>;
export type SqlValue = string | number | null;

export type SqlClient = {
  engine: Engine;
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  close(): Promise<void>;
  /** the four-digit year of a DateTime column, as text */
  year(column: string): string;
  /** the operator Prisma's case-insensitive `contains` uses: LIKE (ASCII case-insensitive) on SQLite, ILIKE on PostgreSQL */
  like: "LIKE" | "ILIKE";
};

/** `?, ?, ?` for an IN list of n values (n ≥ 1). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

export function engineOf(url: string): Engine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`not a SQLite file: URL nor a postgresql:// URL: ${url.split(":")[0]}:…`);
}

/** `?` placeholders to `$1, $2, …` (the queries here have no `?` inside strings). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function openSql(url: string, options: { poolSize?: number } = {}): SqlClient {
  if (engineOf(url) === "sqlite") {
    const db = new Database(sqliteFileFromUrl(url), { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    const statements = new Map<string, Database.Statement>();
    return {
      engine: "sqlite",
      async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
        let statement = statements.get(sql);
        if (!statement) {
          statement = db.prepare(sql);
          statements.set(sql, statement);
        }
        return statement.all(...params) as T[];
      },
      async close() {
        db.close();
      },
      year: (column) => `substr(${column}, 1, 4)`,
      like: "LIKE",
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // count(*) is a bigint, which pg hands over as a string: numbers are what the floor prints.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  return {
    engine: "postgres",
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      const result = await pool.query(numbered(sql), [...params]);
      return result.rows as T[];
    },
    async close() {
      await pool.end();
    },
    year: (column) => `to_char(${column}, 'YYYY')`,
    like: "ILIKE",
  };
}
