// Vitest global setup for the PostgreSQL pass (CHIPWATCH_TEST_DATABASE_URL set; without it, this
// does nothing and the tests use SQLite files). Once per run it migrates a template database,
// and copies it into a seeded one, so that createTestDb() (tests/setup/test-db.ts) makes each
// test file's fresh database with a fast `CREATE DATABASE … TEMPLATE …`. At the end it drops the
// templates and whatever test database a crashed worker left behind.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseProvider } from "../../lib/database-url";
import { createDatabase, dropDatabase, pgDatabaseName, pgUrlWithDatabase, quoteIdent, withPgClient } from "../../lib/pg-admin";
import { createPrismaClient } from "../../lib/prisma-client";
import { seed } from "../../prisma/seed";

export type PgTestRun = { serverUrl: string; prefix: string; template: string; seededTemplate: string };

declare module "vitest" {
  export interface ProvidedContext {
    pgTestRun: PgTestRun | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.CHIPWATCH_TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("pgTestRun", null);
    return;
  }
  if (databaseProvider(serverUrl) !== "postgresql") {
    throw new Error("CHIPWATCH_TEST_DATABASE_URL must be a postgresql:// URL naming a database the tests may connect to");
  }
  // Every database of this run starts with the prefix: <database>_<run id>_
  const prefix = `${pgDatabaseName(serverUrl).slice(0, 24)}_${randomBytes(3).toString("hex")}_`.toLowerCase();
  const run: PgTestRun = { serverUrl, prefix, template: `${prefix}tpl`, seededTemplate: `${prefix}tpl_seeded` };

  await withPgClient(serverUrl, (client) => createDatabase(client, run.template));
  const templateUrl = pgUrlWithDatabase(serverUrl, run.template);
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: templateUrl },
      stdio: "pipe",
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed on ${run.template}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
  await withPgClient(serverUrl, (client) => createDatabase(client, run.seededTemplate, run.template));
  const db = createPrismaClient(pgUrlWithDatabase(serverUrl, run.seededTemplate));
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
  project.provide("pgTestRun", run);

  return async () => {
    await withPgClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
        [prefix],
      );
      for (const { datname } of rows) await dropDatabase(client, datname);
    });
    console.log(`chipwatch: dropped the test databases ${quoteIdent(`${prefix}*`)}`);
  };
}
