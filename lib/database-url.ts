// Shared by prisma.config.ts, lib/db.ts and the start-up script: where the database lives.
// Kept free of server-only imports so the Prisma CLI can load it.
import path from "node:path";

/** The embedded default: a SQLite file under prisma/data/ (gitignored). */
export const DEFAULT_DATABASE_URL = "file:./prisma/data/chipwatch.db";

/** Turn a `file:` URL into a path better-sqlite3 can open, relative paths resolved from the project root. */
export function sqliteFileFromUrl(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL (got "${url.split(":")[0]}:…")`);
  }
  const file = url.slice("file:".length).split("?")[0];
  if (file === ":memory:") return file;
  return path.isAbsolute(file) ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}
