// `npm run db:seed`: upsert the seeded knowledge base into DATABASE_URL (already migrated).
import { DEFAULT_DATABASE_URL } from "../lib/database-url";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
seed(db)
  .then((counts) => console.log(`seeded: ${JSON.stringify(counts)}`))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
