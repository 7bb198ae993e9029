// `npm run db:backup [-- <target file>]`: a consistent copy of the SQLite database while the
// server keeps running. It uses SQLite's online backup API (through better-sqlite3), which
// copies a snapshot page by page and includes what the write-ahead log holds, so the copy is
// never a torn file. Default target: prisma/data/backups/<name>-<UTC timestamp>.db
// SQLite only: with a PostgreSQL DATABASE_URL it says to use pg_dump and exits with status 2.
import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";

export async function backupDatabase(databaseUrl: string, target?: string): Promise<string> {
  const file = sqliteFileFromUrl(databaseUrl);
  if (file === ":memory:" || !existsSync(file)) throw new Error(`no database file at ${file}`);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");
  const out = path.resolve(target ?? path.join(path.dirname(file), "backups", `${path.basename(file, ".db")}-${stamp}.db`));
  if (existsSync(out)) throw new Error(`refusing to overwrite ${out}`);
  mkdirSync(path.dirname(out), { recursive: true });
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
  const copy = new Database(out, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`backup failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return out;
}

const invokedDirectly = process.argv[1] && /db-backup\.ts$/.test(process.argv[1]);
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
if (invokedDirectly && databaseProvider(url) === "postgresql") {
  // SQLite only: PostgreSQL has its own consistent, online backup tool.
  console.error(
    `chipwatch: db:backup copies SQLite databases only; ${describeDatabase(url)} is PostgreSQL: ` +
      "back it up with pg_dump, e.g. pg_dump --format=custom --file=chipwatch.dump \"$DATABASE_URL\" " +
      "(restore with pg_restore --clean --dbname=…)",
  );
  process.exitCode = 2;
} else if (invokedDirectly) {
  backupDatabase(url, process.argv[2])
    .then((out) => console.log(`chipwatch: backed up to ${out}`))
    .catch((err) => {
      console.error(`chipwatch: backup failed: ${err instanceof Error ? err.message : err}`);
      process.exitCode = 1;
    });
}
