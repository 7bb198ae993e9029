// Runs before `npm run dev` and `npm start`: creates the SQLite file's folder, applies
// pending migrations, switches the database to WAL, and seeds it when it is empty.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, sqliteFileFromUrl } from "../lib/database-url";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../prisma/seed";

async function main() {
  const url = (process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL);
  const file = sqliteFileFromUrl(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });

  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  execFileSync(prismaBin, ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });

  const db = createPrismaClient(url);
  try {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const companies = await db.company.count();
    if (companies === 0) {
      const counts = await seed(db);
      console.log(`chipwatch: seeded ${file} (${JSON.stringify(counts)})`);
    } else {
      console.log(`chipwatch: database ready at ${file}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(`chipwatch: could not prepare the database: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
