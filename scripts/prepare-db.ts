// Runs before `npm run dev` and `npm start`: checks the environment, creates the SQLite file's
// folder, applies pending migrations, switches SQLite to WAL, seeds the database when it is empty,
// and turns the demo editor on or off to match CHIPWATCH_DEMO_ACCOUNTS. On PostgreSQL
// (a postgres:// DATABASE_URL) the database must exist; the rest is the same.
//
// `--production` (what `npm start` passes) checks the environment by production's rules, as
// `next start` will run: a production server refuses to start without its own SESSION_SECRET, or
// with the demo editor on unless CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION=true.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";
import { parseEnv, type Env } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { syncDemoAccounts } from "../prisma/seed-users";

function checkedEnv(): Env {
  const production = process.argv.includes("--production") || process.env.NODE_ENV === "production";
  try {
    return parseEnv(production ? { ...process.env, NODE_ENV: "production" } : process.env);
  } catch (err) {
    console.error(`chipwatch: refusing to start. ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}

async function main() {
  const env = checkedEnv();
  const url = (process.env.DATABASE_URL = env.DATABASE_URL);
  const sqlite = databaseProvider(url) === "sqlite";
  if (sqlite) {
    const file = sqliteFileFromUrl(url);
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  }
  const where = describeDatabase(url);

  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  execFileSync(prismaBin, ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });

  const db = createPrismaClient(url);
  try {
    if (sqlite) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const companies = await db.company.count();
    if (companies === 0) {
      const counts = await seed(db);
      console.log(`chipwatch: seeded ${where} (${JSON.stringify(counts)})`);
    } else {
      console.log(`chipwatch: database ready: ${where}`);
    }
    const demo = await syncDemoAccounts(db, env.CHIPWATCH_DEMO_ACCOUNTS === "on");
    if (demo !== "absent") console.log(`chipwatch: demo editor ${env.CHIPWATCH_DEMO_ACCOUNTS} (${demo})`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(`chipwatch: could not prepare the database: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
