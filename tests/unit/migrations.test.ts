// One source of truth for the models, and migrations that follow it on both engines:
// - the committed prisma/postgres/schema.prisma is what scripts/generate-pg-schema.ts makes of
//   prisma/schema.prisma;
// - both engines have the same migrations, by name;
// - a fresh database with every migration applied matches the schema. Prisma 6.19's JavaScript
//   schema engine cannot diff a live database (`migrate diff --from-url` and
//   `--from-schema-datasource` are refused with a driver adapter), so the test introspects the
//   migrated database (`prisma db pull --print`) and diffs that datamodel against the schema
//   (`migrate diff --from-schema-datamodel … --to-schema-datamodel … --exit-code`). A schema
//   change without its migration fails here. The run's engine is checked: SQLite by default,
//   PostgreSQL in the CHIPWATCH_TEST_DATABASE_URL pass.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/database-url";
import { PG_SCHEMA, SQLITE_SCHEMA, pgSchemaFrom } from "@/scripts/generate-pg-schema";
import { createTestDb, type TestDb } from "../setup/test-db";

const PRISMA = path.resolve("node_modules/.bin/prisma");

/**
 * Objects hand-written migrations add and Prisma's schema cannot express, so the comparison
 * leaves them out: the claim search table and its triggers (SQLite FTS5, `ClaimSearch*`), the
 * PostgreSQL search and order indexes (prisma/postgres/migrations/20261222000000_claim_search) and
 * the claim's stored text vector (*_claim_search_vector, a generated column only PostgreSQL writes),
 * the undated claims' partial indexes (*_claim_undated_order, *_claim_about_undated_order), the chips'
 * name-order index (*_chip_name_key: byte order on PostgreSQL, COLLATE "C"), and the
 * claim index's order indexes and SQLite refresh queue (*_claim_index, *_chip_claim_index).
 */
const UNMODELLED_TABLE = /^(ClaimSearch|ClaimIndexRefresh$)/;
const UNMODELLED_INDEXES = ["Chip_nameKey_idx", "Claim_search_idx", "Claim_order_idx", "Claim_undated_idx", "ClaimAbout_order_idx", "ClaimAbout_undated_idx", "ClaimStance_order_idx", "ChipClaim_order_idx"];
/** Columns of the models above, by model: a line of the model that declares one is left out. */
const UNMODELLED_COLUMNS: Record<string, string[]> = { Claim: ["searchVector"] };

/** The introspected datamodel without the CLI's warnings and the objects above. */
export function comparableDatamodel(pulled: string): string {
  const lines = pulled.split("\n");
  const start = lines.findIndex((line) => /^(generator|datasource)\s/.test(line));
  if (start === -1) throw new Error(`prisma db pull printed no schema:\n${pulled}`);
  const kept: string[] = [];
  let skipping = false;
  let columns: string[] = [];
  for (const line of lines.slice(start)) {
    const block = /^(model|view)\s+(\S+)\s*\{/.exec(line);
    if (block) columns = UNMODELLED_COLUMNS[block[2]] ?? [];
    if (block && UNMODELLED_TABLE.test(block[2])) skipping = true;
    if (skipping) {
      if (/^\}/.test(line)) skipping = false;
      continue;
    }
    if (UNMODELLED_INDEXES.some((name) => line.includes(`"${name}"`))) continue;
    const field = /^\s+(\w+)\s/.exec(line);
    if (field && columns.includes(field[1])) continue;
    kept.push(line);
  }
  return kept.join("\n");
}

function migrationNames(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("the PostgreSQL schema", () => {
  it("is generated from prisma/schema.prisma (run npm run db:schema:pg after editing it)", () => {
    const expected = pgSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(readFileSync(PG_SCHEMA, "utf8")).toBe(expected);
    expect(expected).toMatch(/^\/\/ generated, do not edit/);
    expect(expected).toContain('provider = "postgresql"');
    expect(expected).toContain('output       = "../../lib/generated/prisma-pg"');
  });

  it("declares the same models and indexes as the SQLite schema, line for line", () => {
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(models(readFileSync(PG_SCHEMA, "utf8"))).toBe(models(readFileSync(SQLITE_SCHEMA, "utf8")));
  });
});

describe("the migrations", () => {
  it("are the same, by name, for SQLite and PostgreSQL (npm run db:migration -- <name> writes both)", () => {
    expect(migrationNames("prisma/postgres/migrations")).toEqual(migrationNames("prisma/migrations"));
    expect(readFileSync("prisma/postgres/migrations/migration_lock.toml", "utf8")).toMatch(/^provider = "postgresql"$/m);
    expect(readFileSync("prisma/migrations/migration_lock.toml", "utf8")).toMatch(/^provider = "sqlite"$/m);
  });
});

describe("a freshly migrated database", () => {
  let t: TestDb;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), "chipwatch-drift-"));
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("matches the schema: no model, column, index or key is missing its migration", () => {
    const env = { ...process.env, DATABASE_URL: t.url };
    const pulled = execFileSync(PRISMA, ["db", "pull", "--print"], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const migrated = path.join(dir, "migrated.prisma");
    writeFileSync(migrated, comparableDatamodel(pulled));
    const schema = databaseProvider(t.url) === "postgresql" ? PG_SCHEMA : SQLITE_SCHEMA;
    const diff = spawnSync(
      PRISMA,
      ["migrate", "diff", "--from-schema-datamodel", migrated, "--to-schema-datamodel", schema, "--exit-code"],
      { env, encoding: "utf8" },
    );
    // --exit-code: 0 no difference, 2 a difference (printed), 1 an error
    expect(diff.stdout + diff.stderr, `the migrations do not produce ${schema}`).toContain("No difference detected");
    expect(diff.status).toBe(0);
  }, 120_000); // two runs of the Prisma CLI
});

describe("comparableDatamodel", () => {
  it("drops the CLI's warnings, the claim search tables, indexes and column, and nothing else", () => {
    const pulled = [
      "WARNING: Your schema specifies the following datasource properties",
      "generator client {",
      '  provider = "prisma-client"',
      "}",
      "model Claim {",
      "  id String @id",
      '  searchVector Unsupported("tsvector")? @default(dbgenerated("chipwatch_claim_search(summary, quote, translation)"))',
      '  @@index([claimDate(sort: Desc), createdAt(sort: Desc), id], map: "Claim_order_idx")',
      "  @@index([claimDate])",
      "}",
      "/// This model contains an expression index which requires additional setup for migrations. Visit https://pris.ly/d/expression-indexes for more info.",
      "model ClaimSearch_data {",
      "  id Int @id",
      "  @@ignore",
      "}",
      "model Company {",
      "  id String @id",
      "  searchVector String",
      "}",
    ].join("\n");
    const kept = comparableDatamodel(pulled);
    expect(kept).not.toMatch(/WARNING|ClaimSearch_data|Claim_order_idx|tsvector/);
    expect(kept).toContain("model Company {");
    // only the claim's column of that name is unmodelled
    expect(kept).toContain("  searchVector String");
    expect(kept).toContain("  @@index([claimDate])");
  });
});
