// Run by Playwright's webServer command before `npm start` (playwright.config.ts): the browser
// tests start from an empty database, which prestart then migrates and seeds.
// - SQLite: deletes the file DATABASE_URL names, with its WAL files.
// - PostgreSQL: drops the database DATABASE_URL names (ending its sessions) and creates it again,
//   connected to the server's `postgres` database; the user needs CREATEDB.
import { rmSync } from "node:fs";
import { databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";
import { createDatabase, dropDatabase, pgDatabaseName, withMaintenanceClient } from "../lib/pg-admin";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the end-to-end tests' database");
  if (databaseProvider(url) === "postgresql") {
    const name = pgDatabaseName(url);
    await withMaintenanceClient(url, async (client) => {
      await dropDatabase(client, name);
      await createDatabase(client, name);
    });
  } else {
    const file = sqliteFileFromUrl(url);
    for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
  }
  console.log(`chipwatch: fresh database for the browser tests: ${describeDatabase(url)}`);
}

main().catch((err) => {
  console.error(`chipwatch: could not make a fresh database: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
