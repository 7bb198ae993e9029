import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, databaseProvider, sqliteFileFromUrl } from "./lib/database-url";
import { createPgMigrateAdapter } from "./lib/pg-migrate-adapter";

// Prisma's JavaScript schema engine talks to the database through the same driver
// adapter as the app, so `migrate deploy` needs no native engine download.
// DATABASE_URL picks the engine: a file: URL is SQLite (prisma/schema.prisma, the source of
// truth), a postgres(ql):// URL is PostgreSQL (prisma/postgres/schema.prisma, generated from it).
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const provider = databaseProvider(process.env.DATABASE_URL);
const folder = provider === "postgresql" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL!;
    if (provider === "postgresql") return createPgMigrateAdapter(url);
    return new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url) });
  },
});
