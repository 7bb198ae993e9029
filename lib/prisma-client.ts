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
import { naturalSortKey } from "./natural-key";

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
  const extended = withChipNameKeys(client);
  providers.set(extended, provider);
  return extended;
}

type WriteData = Record<string, unknown>;

/** `data` with `nameKey` set from its `name` (a string, or `{ set: string }`); unchanged without a name. */
function withNameKey<T>(data: T): T {
  if (!data || typeof data !== "object") return data;
  const raw = (data as WriteData).name;
  const name = typeof raw === "string" ? raw : raw && typeof raw === "object" ? (raw as { set?: unknown }).set : undefined;
  return typeof name === "string" ? { ...data, nameKey: naturalSortKey(name) } : data;
}

function withNameKeys<T>(data: T): T {
  return (Array.isArray(data) ? data.map(withNameKey) : withNameKey(data)) as T;
}

/**
 * The client, writing each chip's `nameKey` (naturalSortKey of its name: the chips table's default
 * order walks it, index Chip_nameKey_idx) whenever a write sets the name, whoever writes through
 * Prisma (the editor, the seed, the importers, tests) and inside transactions too. Chips are never
 * created nested in another model's write here; a raw SQL insert (scripts/synth.ts) writes the
 * key itself.
 */
function withChipNameKeys(client: PrismaClient): PrismaClient {
  return client.$extends({
    name: "chip-name-key",
    query: {
      chip: {
        create: ({ args, query }) => query({ ...args, data: withNameKey(args.data) }),
        createMany: ({ args, query }) => query({ ...args, data: withNameKeys(args.data) }),
        createManyAndReturn: ({ args, query }) => query({ ...args, data: withNameKeys(args.data) }),
        update: ({ args, query }) => query({ ...args, data: withNameKey(args.data) }),
        updateMany: ({ args, query }) => query({ ...args, data: withNameKey(args.data) }),
        updateManyAndReturn: ({ args, query }) => query({ ...args, data: withNameKey(args.data) }),
        upsert: ({ args, query }) =>
          query({ ...args, create: withNameKey(args.create), update: withNameKey(args.update) }),
      },
    },
  }) as unknown as PrismaClient;
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
