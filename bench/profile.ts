// Where a page's database time goes: runs the reads each measured page makes (the same lib/queries
// calls as its page.tsx, in the same order), one request at a time, with Prisma's query log on,
// and prints per route the wall time of those reads, how many SQL statements they ran, their total
// time and the slowest ones. SQLite only. Run with the react-server condition (lib/queries is
// server-only):
//
//   node --conditions=react-server --import tsx bench/profile.ts --db file:./prisma/data/synth-100000.db [--runs 5] [--json]
//
// bench/run.ts runs it after each size and adds its table to bench/RESULTS.md.
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { sqliteFileFromUrl } from "../lib/database-url";
import { pickTargets } from "./datasets";
import type { RouteId, Targets } from "./routes";
import { openSql } from "./sql";

export type Statement = { sql: string; ms: number };
/**
 * wallMs: the page's reads through Prisma, one request at a time (median); sqlMs: the same SQL
 * statements (as logged, with their parameters) run again directly through better-sqlite3, one
 * after the other: what the database itself spends. The difference is Prisma's share.
 */
export type RouteProfile = { id: RouteId; wallMs: number; statements: number; sqlMs: number; slowest: Statement[] };

const { values } = parseArgs({
  options: { db: { type: "string" }, runs: { type: "string", default: "5" }, json: { type: "boolean", default: false } },
});
const url = values.db;
if (!url || !url.startsWith("file:")) {
  console.error("profile: --db file:… (a SQLite database) is required");
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs) || 5);

// lib/db.ts takes the client it finds on globalThis: this one, with the query log on.
process.env.DATABASE_URL = url;
const client = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url), timeout: 5000 }),
  log: [{ emit: "event", level: "query" }],
});
(globalThis as unknown as { prisma: PrismaClient }).prisma = client;
type Logged = { sql: string; params: string };
let log: Logged[] = [];
client.$on("query", (event) => log.push({ sql: event.query, params: event.params }));

const direct = new Database(sqliteFileFromUrl(url), { readonly: true });
/** A logged statement's own time: run directly, best of three. */
function timeDirect({ sql, params }: Logged): Statement {
  let best = Infinity;
  try {
    const statement = direct.prepare(sql);
    const values = (JSON.parse(params) as unknown[]).map((v) => (typeof v === "boolean" ? Number(v) : v));
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      if (statement.reader) statement.all(...values);
      else statement.run(...values);
      best = Math.min(best, performance.now() - started);
    }
  } catch {
    best = NaN; // could not replay it (shown as n/a)
  }
  return { sql: oneLine(sql), ms: best };
}

const dashboard = await import("../lib/queries/dashboard");
const companies = await import("../lib/queries/companies");
const chipsQ = await import("../lib/queries/chips");
const customers = await import("../lib/queries/customers");
const vendors = await import("../lib/queries/vendors");
const chipTable = await import("../lib/queries/chip-table");
const filterNames = await import("../lib/queries/filter-names");
const claims = await import("../lib/queries/claims");
const timeline = await import("../lib/queries/timeline");
const { COUNT_CAP, PUBLIC_CLAIM_STATUSES } = await import("../lib/constants");

/** The reads of each page, as its page.tsx makes them (kept in step by hand: see the page files). */
function reads(targets: Targets): Record<RouteId, () => Promise<unknown>> {
  const explorer = async (filter: { chip?: string; q?: string }) => {
    if (filter.chip) await filterNames.matchChip(filter.chip);
    const where = { ...filter, statuses: ["published"] as const };
    await claims.countClaims(where, { cap: COUNT_CAP });
    const page = await claims.listClaims({ ...where, page: 1, pageSize: 20 });
    await Promise.all([
      claims.findClaimContradictions(page.map((claim) => claim.id)),
      claims.chipVendorSlugs(page.flatMap((claim) => [claim.company.slug, ...claim.companies.map((c) => c.slug)])),
    ]);
  };
  return {
    home: () => Promise.all([dashboard.getLandscapeCounts(), dashboard.listLatestClaims(8), dashboard.listLatestEvents(6)]),
    vendor: async () => {
      // generateMetadata and the page read the identity once between them (React's cache, per request;
      // outside a request it does not memoize, so it is called once here)
      const company = await companies.getCompanyIdentity(targets.vendor);
      if (!company) throw new Error(`profile: no company ${targets.vendor}`);
      await Promise.all([
        vendors.listVendorChips(company.id, vendors.VENDOR_PROFILE_CHIPS),
        vendors.countVendorChips(company.id),
        customers.listVendorCustomers(company.id),
        vendors.listVendorEvents(company.id),
        vendors.getVendorClaimKindSummary(company.id),
        vendors.countVendorClaims(company.id, { cap: COUNT_CAP }),
        vendors.listVendorClaims(company.id, { page: 1, pageSize: 10 }), // no page parameter: read alongside
      ]);
    },
    chips: async () => {
      await chipTable.listChipTable({ filters: {}, sort: "name", dir: "asc", page: 1, pageSize: 50 });
    },
    compare: () => chipsQ.listChipsBySlugs(targets.compare),
    claims: () => explorer({}),
    "claims-chip": () => explorer({ chip: targets.chip }),
    "claims-q": () => explorer({ q: targets.word }),
    timeline: () => timeline.getTimeline({}),
    "api-claims": async () => {
      await chipsQ.chipExists(targets.chip);
      await Promise.all([
        claims.listClaims({ chip: targets.chip, statuses: PUBLIC_CLAIM_STATUSES, page: 1, pageSize: 50 }),
        claims.countClaims({ chip: targets.chip, statuses: PUBLIC_CLAIM_STATUSES }, { cap: COUNT_CAP }),
      ]);
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One line, without the schema prefix and the identifier backticks Prisma writes on SQLite. */
const oneLine = (sql: string) => sql.replace(/\s+/g, " ").replace(/`main`\./g, "").replace(/`/g, "").trim();

const sql = openSql(url);
const targets = await pickTargets(sql);
await sql.close();

const profiles: RouteProfile[] = [];
for (const [id, read] of Object.entries(reads(targets)) as [RouteId, () => Promise<unknown>][]) {
  const walls: number[] = [];
  let logged: Logged[] = [];
  for (let run = 0; run <= runs; run++) {
    log = [];
    const started = performance.now();
    await read();
    if (run === 0) continue; // the first run warms the caches
    walls.push(performance.now() - started);
    logged = log; // the last run's statements
  }
  const statements = logged.filter((entry) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(entry.sql)).map(timeDirect);
  profiles.push({
    id,
    wallMs: median(walls),
    statements: statements.length,
    sqlMs: statements.reduce((sum, s) => sum + (Number.isNaN(s.ms) ? 0 : s.ms), 0),
    slowest: [...statements].sort((a, b) => (b.ms || 0) - (a.ms || 0)).slice(0, 3),
  });
}
await client.$disconnect();
direct.close();

if (values.json) {
  console.log(JSON.stringify({ targets, profiles }));
} else {
  for (const p of profiles) {
    console.log(`${p.id}: reads ${p.wallMs.toFixed(1)} ms through Prisma (median of ${runs}), ${p.statements} statements, ${p.sqlMs.toFixed(1)} ms of SQL`);
    for (const s of p.slowest) console.log(`  ${s.ms.toFixed(2).padStart(8)} ms  ${s.sql.slice(0, 300)}`);
  }
}
