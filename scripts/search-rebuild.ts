// `npm run db:search:rebuild`: indexes every claim again in SQLite's full-text index, ClaimSearch
// (lib/claim-search-index.ts). Triggers keep the index in step with every write; rebuild it after a
// VACUUM, which may renumber the claims' rowids that its keys hold, or after restoring the Claim
// table by hand. On PostgreSQL the search index is an ordinary index, kept by the database: nothing
// to do (status 0, says so).
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { hasClaimSearch, rebuildClaimSearch } from "../lib/claim-search-index";
import { DEFAULT_DATABASE_URL, databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
if (databaseProvider(url) === "postgresql") {
  console.log(`chipwatch: ${describeDatabase(url)}: its search index is an ordinary index the database keeps itself, nothing to rebuild`);
} else {
  const file = sqliteFileFromUrl(url);
  if (file === ":memory:" || !existsSync(file)) {
    console.error(`chipwatch: no database file at ${file}`);
    process.exit(1);
  }
  const db = new Database(file, { timeout: 5000 });
  try {
    if (!hasClaimSearch(db)) {
      console.error("chipwatch: this database has no ClaimSearch table: run the migrations first (npm run db:migrate)");
      process.exitCode = 1;
    } else {
      const started = Date.now();
      const entries = rebuildClaimSearch(db);
      console.log(`chipwatch: ClaimSearch rebuilt: ${entries} claims indexed in ${((Date.now() - started) / 1000).toFixed(1)} s, integrity-check passed`);
    }
  } finally {
    db.close();
  }
}
