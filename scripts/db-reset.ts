// `npm run db:reset`: empties the database DATABASE_URL names; prepare-db.ts then migrates and
// seeds it again.
// - SQLite (default prisma/data/chipwatch.db): deletes the file with its WAL files.
// - PostgreSQL: drops the `public` schema with every table in it (data, migrations history and
//   all) and creates it again, empty. The database itself stays, with its owner and grants. It
//   refuses when NODE_ENV=production: dropping a production database is a job for psql, on purpose.
import { rmSync } from "node:fs";
import { DEFAULT_DATABASE_URL, databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";
import { withPgClient } from "../lib/pg-admin";

async function main() {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgresql") {
    if (process.env.NODE_ENV === "production") {
      console.error(
        `chipwatch: refusing to reset ${describeDatabase(url)} with NODE_ENV=production; ` +
          'if you mean it, run `DROP SCHEMA public CASCADE; CREATE SCHEMA public;` in psql, then npm run db:migrate',
      );
      process.exit(1);
    }
    await withPgClient(url, async (client) => {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query("CREATE SCHEMA public");
    });
    console.log(`chipwatch: dropped every table of ${describeDatabase(url)} (schema public recreated, empty)`);
    return;
  }
  const file = sqliteFileFromUrl(url);
  if (file === ":memory:") {
    console.log("chipwatch: DATABASE_URL is an in-memory database; nothing to delete");
  } else {
    for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
    console.log(`chipwatch: deleted ${file}`);
  }
}

main().catch((err) => {
  console.error(`chipwatch: could not reset the database: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
