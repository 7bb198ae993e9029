// `npm run db:reset`: deletes the SQLite database DATABASE_URL names (default
// prisma/data/chipwatch.db) with its WAL files; prepare-db.ts then recreates, migrates and seeds it.
import { rmSync } from "node:fs";
import { DEFAULT_DATABASE_URL, sqliteFileFromUrl } from "../lib/database-url";

const file = sqliteFileFromUrl(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
if (file === ":memory:") {
  console.log("chipwatch: DATABASE_URL is an in-memory database; nothing to delete");
} else {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
  console.log(`chipwatch: deleted ${file}`);
}
