// Builds a Prisma client for a DATABASE_URL. Used by lib/db.ts (the app's one client),
// the seed and the scripts, and by tests on throwaway databases.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteFileFromUrl } from "./database-url";

export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(databaseUrl), timeout: 5000 });
  return new PrismaClient({ adapter });
}
