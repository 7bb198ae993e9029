// The databases the benchmark runs on: one synthetic database per size (scripts/synth.ts), reused
// when it is complete, and what the benchmark reads from each (row counts, the pages' targets).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createDatabase, pgDatabaseName, withMaintenanceClient } from "../lib/pg-admin";
import { sqliteFileFromUrl } from "../lib/database-url";
import type { Targets } from "./routes";
import { openSql, type Engine, type SqlClient } from "./sql";

export type RowCounts = { companies: number; chips: number; sources: number; claims: number; events: number };

const SYNTH = path.join("scripts", "synth.ts");

/** The database URL for one size: a SQLite file under prisma/data/, or one PostgreSQL database per size. */
export function datasetUrl(size: number, engine: Engine, pgUrl?: string): string {
  if (engine === "sqlite") return `file:./prisma/data/synth-${size}.db`;
  if (!pgUrl) throw new Error("--engine postgres needs --pg-url postgresql://user:pw@host:port/");
  const url = new URL(pgUrl);
  url.pathname = `/chipwatch_bench_${size}`;
  return url.toString();
}

async function claimCount(url: string): Promise<number | null> {
  if (url.startsWith("file:") && !existsSync(sqliteFileFromUrl(url))) return null;
  let sql: SqlClient | undefined;
  try {
    sql = openSql(url, { poolSize: 1 });
    const [row] = await sql.all<{ n: number }>(`SELECT count(*) AS n FROM "Claim"`);
    return Number(row.n);
  } catch {
    return null; // no database, or not migrated
  } finally {
    await sql?.close();
  }
}

async function createPgDatabase(url: string) {
  const name = pgDatabaseName(url);
  await withMaintenanceClient(url, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await createDatabase(client, name);
  });
}

/**
 * A complete synthetic database of `size` claims at `url`: reused when its claim count matches,
 * else (re)made by scripts/synth.ts. Returns what was done.
 */
export async function ensureDataset(size: number, url: string, seed?: number): Promise<"reused" | "created"> {
  if ((await claimCount(url)) === size) return "reused";
  if (!existsSync(SYNTH)) {
    throw new Error(
      `${SYNTH} is not in the tree yet, so the ${size}-claim database cannot be made. ` +
        "Bench an existing database instead: npm run bench -- --db file:./prisma/data/chipwatch.db",
    );
  }
  if (!url.startsWith("file:")) await createPgDatabase(url);
  const args = [SYNTH, "--claims", String(size), "--database-url", url, ...(seed === undefined ? [] : ["--seed", String(seed)]), "--reset"];
  console.log(`bench: making the ${size.toLocaleString("en")}-claim database (${args.join(" ")})…`);
  const started = Date.now();
  const result = spawnSync(
    path.join("node_modules", ".bin", "tsx"),
    args,
    // the target goes as --database-url; as DATABASE_URL too, synth would take it for the development
    // database and refuse to write into it
    { stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error(`${SYNTH} failed for ${size} claims (exit ${result.status ?? result.signal})`);
  const made = await claimCount(url);
  if (made !== size) throw new Error(`${SYNTH} made ${made} claims, not ${size}`);
  console.log(`bench: made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return "created";
}

export async function rowCounts(sql: SqlClient): Promise<RowCounts> {
  const [row] = await sql.all<Record<keyof RowCounts, number>>(
    `SELECT (SELECT count(*) FROM "Company") AS companies, (SELECT count(*) FROM "Chip") AS chips,
            (SELECT count(*) FROM "Source") AS sources, (SELECT count(*) FROM "Claim") AS claims,
            (SELECT count(*) FROM "ExportControlEvent") AS events`,
  );
  return {
    companies: Number(row.companies),
    chips: Number(row.chips),
    sources: Number(row.sources),
    claims: Number(row.claims),
    events: Number(row.events),
  };
}

/** Words too common to say anything about a search. */
const STOPWORDS = new Set(
  "about after their there these those which while would could should other being where people other since under between against during without because with from that this have been were they them also than into more most some such only over very what when your will just like said says dans pour avec cette leurs sont mais plus comme nous vous elle elles ils".split(
    " ",
  ),
);

/**
 * The pages' targets, picked deterministically from the database: the vendor whose chips the most
 * public claims name (a chip_vendor), the three chips the most claims name, and the most frequent
 * word (5+ letters, not a stop word) in the quotes of the first 5,000 claims by id.
 */
export async function pickTargets(sql: SqlClient): Promise<Targets> {
  const publicClaim = `c.status IN ('published', 'disputed')`;
  const chips = await sql.all<{ slug: string; n: number }>(
    `SELECT ch.slug, count(*) AS n FROM "ClaimChip" k JOIN "Chip" ch ON ch.id = k."chipId" JOIN "Claim" c ON c.id = k."claimId"
      WHERE ${publicClaim} GROUP BY ch.slug ORDER BY n DESC, ch.slug ASC LIMIT 3`,
  );
  const vendors = await sql.all<{ slug: string; n: number }>(
    `SELECT v.slug, count(*) AS n FROM "ClaimChip" k JOIN "Chip" ch ON ch.id = k."chipId" JOIN "Claim" c ON c.id = k."claimId"
       JOIN "Company" v ON v.id = ch."vendorId"
      WHERE ${publicClaim} AND EXISTS (SELECT 1 FROM "CompanyRole" r WHERE r."companyId" = v.id AND r.role = 'chip_vendor')
      GROUP BY v.slug ORDER BY n DESC, v.slug ASC LIMIT 1`,
  );
  if (chips.length < 3 || vendors.length < 1) {
    throw new Error("the database needs at least three chips and one chip vendor named by public claims");
  }
  const quotes = await sql.all<{ quote: string }>(`SELECT quote FROM "Claim" ORDER BY id LIMIT 5000`);
  const frequency = new Map<string, number>();
  for (const { quote } of quotes) {
    for (const word of quote.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
      if (!STOPWORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const [word] = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ["chip"];
  return {
    vendor: vendors[0].slug,
    compare: [chips[0].slug, chips[1].slug, chips[2].slug],
    chip: chips[0].slug,
    word,
  };
}
