// The PostgreSQL driver adapter for the Prisma CLI (prisma.config.ts): `migrate deploy`,
// `migrate diff` and `db pull` through Prisma's JavaScript schema engine.
//
// Why not a plain `new PrismaPg(…)`: in Prisma 6.19 the schema engine reads PostgreSQL's catalogs,
// whose identifier columns have the types `name` and `"char"`, and @prisma/adapter-pg refuses
// both ("Column type 'name' could not be deserialized from the database", prisma/prisma#27403,
// open). node-postgres already parses them as strings, so this pool's clients report them as
// `text` (and `name[]` as `text[]`); values are unchanged. The app's own client (lib/prisma-client.ts)
// never selects such columns and uses the adapter as published.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgPoolConfig } from "./database-url";

const TEXT = 25;
const TEXT_ARRAY = 1009;
/** PostgreSQL type ids the adapter refuses, and the type that reads them the same way. */
const AS_TEXT: Record<number, number> = { 18 /* "char" */: TEXT, 19 /* name */: TEXT, 1003 /* name[] */: TEXT_ARRAY };

function retype<R>(result: R): R {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // node-postgres's query() has callback, promise and submittable forms; Pool.query uses the
  // callback one and the adapter's transactions the promise one.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) => last(error, error ? result : retype(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(retype) : returned;
  }
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";" (even inside a quoted
 * function body) and sending the pieces one by one. PostgreSQL runs a whole script sent as one
 * simple query, in order, and stops at the first error, so this adapter does that instead: a
 * migration may then define PL/pgSQL functions (prisma/postgres/migrations/*_claim_index).
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // the adapter's own error conversion (DriverAdapterError), protected in its types
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

export function createPgMigrateAdapter(url: string): PrismaPg {
  // The CLI needs few connections (the pool size setting is for the app), and does not close the
  // pool when it is done: allowExitOnIdle lets the process end at once instead of after the idle
  // timeout (10 s per command otherwise).
  return new WholeScriptPg({ ...pgPoolConfig(url), max: 2, allowExitOnIdle: true, Client: CatalogFriendlyClient });
}
