// `npm run db:schema:pg`: writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one
// source of truth for the models. Only the datasource provider and the client's output folder
// differ; every model, field, relation and index is copied as written, so both databases get the
// same tables and the same indexes. `--check` writes nothing and exits 1 when the committed file is
// stale (tests/unit/pg-schema.test.ts runs the same comparison).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const PG_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER = [
  "// generated, do not edit: written by scripts/generate-pg-schema.ts (`npm run db:schema:pg`)",
  "// from prisma/schema.prisma, the source of truth. Edit that file, then run the script.",
  "",
].join("\n");

/** Replace exactly one match of `pattern` in `text`, or throw naming what was expected. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`${SQLITE_SCHEMA}: expected one ${what}, found ${matches.length}`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema's text. */
export function pgSchemaFrom(sqliteSchema: string): string {
  let schema = replaceOnce(
    sqliteSchema,
    /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'datasource block with provider = "sqlite"',
  );
  schema = replaceOnce(
    schema,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-pg"',
    'generator block with output = "../lib/generated/prisma"',
  );
  return HEADER + schema;
}

function main() {
  const root = process.cwd();
  const expected = pgSchemaFrom(readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  const target = path.join(root, PG_SCHEMA);
  let current: string | null = null;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = null;
  }
  if (process.argv.includes("--check")) {
    if (current !== expected) {
      console.error(`chipwatch: ${PG_SCHEMA} is out of date; run npm run db:schema:pg`);
      process.exit(1);
    }
    console.log(`chipwatch: ${PG_SCHEMA} is up to date`);
    return;
  }
  if (current === expected) {
    console.log(`chipwatch: ${PG_SCHEMA} is up to date`);
    return;
  }
  writeFileSync(target, expected);
  console.log(`chipwatch: wrote ${PG_SCHEMA}`);
}

if (process.argv[1] && /generate-pg-schema\.ts$/.test(process.argv[1])) main();
