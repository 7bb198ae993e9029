// Builds a Prisma client for a DATABASE_URL. Used by lib/db.ts (the app's one client),
// the seed and the scripts, and by tests on throwaway databases.
//
// The engine is chosen at run time from the URL, so one build serves both: a file: URL opens
// SQLite through better-sqlite3, a postgres(ql):// URL opens PostgreSQL through node-postgres.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client";
import { databaseProvider, pgPoolConfig, sqliteFileFromUrl, type DatabaseProvider } from "./database-url";

export type Db = PrismaClient;
export type { DatabaseProvider };

const providers = new WeakMap<object, DatabaseProvider>();

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const provider = databaseProvider(databaseUrl);
  let client: PrismaClient;
  if (provider === "postgresql") {
    const adapter = new PrismaPg(pgPoolConfig(databaseUrl));
    // Both clients are generated from the same models (prisma/postgres/schema.prisma is generated
    // from prisma/schema.prisma), so their query API is the same for everything this app uses and
    // they share one runtime (the same Prisma.PrismaClientKnownRequestError class, the same codes).
    // They differ only in provider-specific options, such as `mode: "insensitive"` on string
    // filters, which the SQLite client's types do not know; code that needs one branches on
    // databaseProviderOf(db).
    client = new PgPrismaClient({ adapter }) as unknown as PrismaClient;
  } else {
    client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFileFromUrl(databaseUrl), timeout: 5000 }) });
  }
  providers.set(client, provider);
  return client;
}

/**
 * The engine behind a Prisma client: "sqlite" or "postgresql". Works for a client made by
 * createPrismaClient and for the transaction client (`tx`) of one. For example, `contains` is
 * case-insensitive for ASCII on SQLite but case-sensitive on PostgreSQL unless the filter adds
 * `mode: "insensitive"`.
 */
export function databaseProviderOf(db: object): DatabaseProvider {
  const known = providers.get(db);
  if (known) return known;
  // A transaction client is a different object from its client; Prisma's runtime gives both the
  // generated client's provider as `_activeProvider` (internal, checked on 6.19).
  const active = (db as { _activeProvider?: unknown })._activeProvider;
  if (active === "sqlite" || active === "postgresql") return active;
  throw new Error("databaseProviderOf: not a Prisma client made by createPrismaClient");
}
