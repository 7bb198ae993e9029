// `npm run db:migration -- <name> [--empty]`: one new migration for both engines, from the change
// to prisma/schema.prisma since the last commit.
//
// 1. regenerates prisma/postgres/schema.prisma (scripts/generate-pg-schema.ts);
// 2. diffs `git show HEAD:prisma/schema.prisma` → prisma/schema.prisma for SQLite, and the
//    PostgreSQL schemas generated from the same two files for PostgreSQL, with
//    `prisma migrate diff --from-schema-datamodel … --to-schema-datamodel … --script`
//    (works offline; Prisma cannot read a schema from a process substitution, hence temp files);
// 3. writes prisma/migrations/<timestamp>_<name>/migration.sql and
//    prisma/postgres/migrations/<timestamp>_<name>/migration.sql, with the same folder name.
//
// `--empty` writes two empty migration.sql files, for SQL Prisma's schema cannot express (write
// each engine's version by hand). The timestamp is now (UTC), or one second after the latest
// existing migration if that is later, so the new one always runs last.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PG_SCHEMA, SQLITE_SCHEMA, pgSchemaFrom } from "./generate-pg-schema";

const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
const PG_MIGRATIONS = path.join("prisma", "postgres", "migrations");
const USAGE = "usage: npm run db:migration -- <name> [--empty]   (name: lower case letters, digits and _)";

function fail(message: string): never {
  console.error(`chipwatch: ${message}`);
  process.exit(1);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** YYYYMMDDHHMMSS for the new migration: now, or just after the latest one. */
export function nextTimestamp(existing: string[], now = new Date()): string {
  const latest = existing
    .map((name) => /^(\d{14})_/.exec(name)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort()
    .at(-1);
  if (!latest || stamp(now) > latest) return stamp(now);
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(latest.slice(i, i + (k === 0 ? 4 : 2))));
  return stamp(new Date(Date.UTC(y, mo - 1, d, h, mi, s + 1)));
}

function previousSchema(): string | null {
  try {
    return execFileSync("git", ["show", `HEAD:${SQLITE_SCHEMA.split(path.sep).join("/")}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null; // no commit has the schema yet: diff from an empty database
  }
}

function diff(from: string | null, to: string): string {
  const args = ["migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", to, "--script"];
  // An in-memory SQLite database for the CLI's adapter: diffing two schema files reads no database,
  // for either provider, so this needs no server.
  return execFileSync(path.join("node_modules", ".bin", "prisma"), args, {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "file::memory:" },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function main() {
  const args = process.argv.slice(2);
  const empty = args.includes("--empty");
  const names = args.filter((arg) => !arg.startsWith("--"));
  if (names.length !== 1 || !/^[a-z0-9_]+$/.test(names[0])) fail(USAGE);
  const name = names[0];

  const current = readFileSync(SQLITE_SCHEMA, "utf8");
  const currentPg = pgSchemaFrom(current);
  writeFileSync(PG_SCHEMA, currentPg);

  let sqliteSql = "";
  let pgSql = "";
  if (!empty) {
    const previous = previousSchema();
    const dir = mkdtempSync(path.join(tmpdir(), "chipwatch-migration-"));
    try {
      let fromSqlite: string | null = null;
      let fromPg: string | null = null;
      if (previous !== null) {
        fromSqlite = path.join(dir, "previous.prisma");
        fromPg = path.join(dir, "previous.pg.prisma");
        writeFileSync(fromSqlite, previous);
        writeFileSync(fromPg, pgSchemaFrom(previous));
      }
      sqliteSql = diff(fromSqlite, SQLITE_SCHEMA);
      pgSql = diff(fromPg, PG_SCHEMA);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const isEmpty = (sql: string) => sql.replace(/^--.*$/gm, "").trim() === "";
    if (isEmpty(sqliteSql) && isEmpty(pgSql)) {
      fail(`${SQLITE_SCHEMA} is the same as in the last commit: nothing to migrate (use --empty for a hand-written migration)`);
    }
  }

  const existing = [SQLITE_MIGRATIONS, PG_MIGRATIONS].flatMap((folder) =>
    existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [],
  );
  if (existing.some((folder) => folder.replace(/^\d{14}_/, "") === name)) fail(`a migration named ${name} exists already`);
  const folder = `${nextTimestamp(existing)}_${name}`;
  for (const [root, sql] of [
    [SQLITE_MIGRATIONS, sqliteSql],
    [PG_MIGRATIONS, pgSql],
  ] as const) {
    mkdirSync(path.join(root, folder), { recursive: true });
    writeFileSync(path.join(root, folder, "migration.sql"), sql);
    console.log(`chipwatch: wrote ${path.join(root, folder, "migration.sql")}${empty ? " (empty: write it by hand)" : ""}`);
  }
  if (/DROP TABLE "Claim";/.test(sqliteSql)) {
    console.warn(
      "chipwatch: warning: the SQLite migration redefines the Claim table, which drops the ClaimSearch_* triggers: " +
        "append them again from prisma/migrations/20261222000004_claim_search_by_day/migration.sql, then rebuild the index " +
        "(npm run db:search:rebuild)",
    );
  }
  const indexed = ["Claim", "ClaimCompany", "ClaimChip", "Chip"].filter((table) => sqliteSql.includes(`DROP TABLE "${table}";`));
  if (indexed.length > 0) {
    console.warn(
      `chipwatch: warning: the SQLite migration redefines ${indexed.join(", ")}, which drops their ClaimIndex_* triggers: ` +
        "append them again from prisma/migrations/20261222000001_claim_index/migration.sql, then refill the claim index " +
        '(INSERT INTO "ClaimIndexRefresh" SELECT "id" FROM "Claim")',
    );
  }
  console.log("chipwatch: review both files, then apply with npm run db:migrate (and commit the schemas and migrations together)");
}

if (process.argv[1] && /new-migration\.ts$/.test(process.argv[1])) main();
