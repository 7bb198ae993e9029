// Runs one synthetic load: picks the target, refuses the development database and targets that
// already hold claims (unless --reset), migrates, streams the rows through a raw-driver sink,
// restores indexes and statistics, then reads a sample back through Prisma to prove it parses.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { DEFAULT_DATABASE_URL, sqliteFileFromUrl } from "../database-url";
import { createPrismaClient } from "../prisma-client";
import { quoteMatches } from "../quotes";
import { ArticleWriter } from "./articles";
import type { SynthArgs } from "./args";
import { buildEvents, buildLandscape } from "./landscape";
import { planFor, type SynthPlan } from "./plan";
import { Progress, type ProgressOut } from "./progress";
import { Rng } from "./random";
import { PgSink } from "./pg-sink";
import type { Sink } from "./sink";
import { SqliteSink } from "./sqlite-sink";
import { Batch } from "./tables";

/** A request the script will not carry out as given (exit code 2 for usage, 1 for a refusal). */
export class SynthRefusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = "SynthRefusal";
  }
}

export type SynthSummary = {
  databaseUrl: string;
  engine: "sqlite" | "postgresql";
  plan: SynthPlan;
  counts: Record<string, number>;
  rows: number;
  seconds: number;
  loadSeconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
  fullTextSearch: string;
};

export function defaultSynthUrl(claims: number): string {
  return `file:./prisma/data/synth-${claims}.db`;
}

function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The development database, which db:synth never writes: the default file and whatever DATABASE_URL names. */
function isDevelopmentDatabase(url: string): boolean {
  const dev = [DEFAULT_DATABASE_URL, process.env.DATABASE_URL].filter((u): u is string => Boolean(u));
  if (isPostgres(url)) return dev.includes(url);
  const file = sqliteFileFromUrl(url);
  return dev.some((u) => u.startsWith("file:") && sqliteFileFromUrl(u) === file);
}

function migrate(url: string): void {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  try {
    execFileSync(prisma, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  } catch (err) {
    const detail = err && typeof err === "object" && "stderr" in err ? String(err.stderr) : String(err);
    throw new Error(`prisma migrate deploy failed for the target database:\n${detail}`);
  }
}

/** Reads a sample back through the Prisma client, as the app will: dates must come back as Dates. */
async function verifyWithPrisma(url: string, claims: number): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const count = await db.claim.count();
    if (count !== claims) throw new Error(`Prisma counts ${count} claims, expected ${claims}`);
    const sample = await db.claim.findMany({
      take: 50,
      skip: Math.max(0, Math.floor(claims / 2) - 25),
      orderBy: { id: "asc" },
      include: { source: true, chips: { include: { chip: { include: { specs: true } } } }, companies: true, createdBy: true },
    });
    for (const claim of sample) {
      if (!(claim.createdAt instanceof Date) || Number.isNaN(claim.createdAt.getTime())) throw new Error(`claim ${claim.slug}: createdAt is not a Date`);
      if (claim.claimDate !== null && !(claim.claimDate instanceof Date)) throw new Error(`claim ${claim.slug}: claimDate is not a Date`);
      if (!(claim.source.retrievedAt instanceof Date)) throw new Error(`source ${claim.source.slug}: retrievedAt is not a Date`);
      if (!quoteMatches(claim.source.text, claim.quote, claim.quoteStart, claim.quoteEnd)) throw new Error(`claim ${claim.slug}: quote is not at its offsets`);
      if (claim.createdBy && typeof claim.createdBy.disabled !== "boolean") throw new Error("User.disabled is not a boolean");
      for (const { chip } of claim.chips) {
        if (chip.announcedOn !== null && !(chip.announcedOn instanceof Date)) throw new Error(`chip ${chip.slug}: announcedOn is not a Date`);
        for (const spec of chip.specs) {
          if (spec.valueBool !== null && typeof spec.valueBool !== "boolean") throw new Error(`chip ${chip.slug}: valueBool is not a boolean`);
        }
      }
    }
  } finally {
    await db.$disconnect();
  }
}

export async function runSynth(args: SynthArgs, out: ProgressOut = process.stderr): Promise<SynthSummary> {
  const started = performance.now();
  const url = args.databaseUrl ?? defaultSynthUrl(args.claims);
  if (isDevelopmentDatabase(url)) {
    throw new SynthRefusal(`refusing to write synthetic data into the development database (${url}); pass another --database-url`, 2);
  }
  const refuse = (claims: number) =>
    new SynthRefusal(`${url} already has ${claims.toLocaleString("en-US")} claims; pass --reset to empty it first (this deletes its data)`, 1);
  const progress = new Progress(out);

  let sink: Sink;
  if (isPostgres(url)) {
    const pgSink = new PgSink(url);
    await pgSink.connect();
    sink = pgSink;
    try {
      const existing = await pgSink.countClaims();
      if (existing > 0 && !args.reset) throw refuse(existing);
      progress.step("migrating");
      migrate(url);
      if (args.reset) await pgSink.truncateAll();
    } catch (err) {
      await pgSink.close();
      throw err;
    }
  } else {
    const file = sqliteFileFromUrl(url);
    if (file === ":memory:") throw new SynthRefusal("--database-url cannot be an in-memory database", 2);
    if (args.reset) for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
    else if (existsSync(file)) {
      const probe = new SqliteSink(file);
      const existing = await probe.countClaims().finally(() => probe.close());
      if (existing > 0) throw refuse(existing);
    }
    mkdirSync(path.dirname(file), { recursive: true });
    progress.step("migrating");
    migrate(url);
    sink = new SqliteSink(file);
  }

  // Ctrl-C stops between batches, and the indexes set aside for the load are put back.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
  };
  process.on("SIGINT", interrupt);

  const plan = planFor(args.claims);
  let rows = 0;
  let loadSeconds = 0;
  let counts: Record<string, number>;
  try {
    await sink.begin();
    const loadStarted = performance.now();
    const rng = new Rng(args.seed);
    const landscapeRng = rng.fork(1);
    const eventRng = rng.fork(2);
    const articleRng = rng.fork(3);

    progress.step(`landscape: ${plan.companies} companies, ${plan.chips} chips, ${plan.events} events`);
    const setup = new Batch();
    const land = buildLandscape(plan, landscapeRng, setup);
    const { quotesBySource } = buildEvents(plan, land, eventRng, setup);
    rows += setup.size;
    await sink.write(setup);

    // Sources and claims, streamed: one batch is generated while the previous one is written
    // (PostgreSQL works in another process; SQLite's writes are synchronous anyway).
    const batchRows = sink.engine === "sqlite" ? 8000 : 20000;
    const writer = new ArticleWriter(plan, land, quotesBySource, articleRng);
    progress.start("claims", plan.claims);
    let claimsDone = 0;
    let batch = new Batch();
    let pending: Promise<void> = Promise.resolve();
    for (let i = 0; i < plan.sources; i++) {
      claimsDone += writer.writeSource(i, batch);
      // Let the PostgreSQL client send and receive while the next batch is being generated.
      if (sink.engine === "postgresql" && i % 16 === 0) await nextTurn();
      if (batch.size >= batchRows || i === plan.sources - 1) {
        await pending;
        if (interrupted) throw new SynthRefusal("interrupted: the database holds part of the load; run again with --reset", 1);
        rows += batch.size;
        pending = sink.write(batch);
        batch = new Batch();
        progress.update(claimsDone);
      }
    }
    await pending;
    progress.update(claimsDone);
    progress.end();
    loadSeconds = (performance.now() - loadStarted) / 1000;

    await sink.finish((label) => progress.step(label));
    counts = await sink.counts();
  } catch (err) {
    // Put back the indexes, triggers and keys set aside for the load, so a failed or interrupted
    // load leaves a partial database with its whole schema, not one without indexes.
    progress.end();
    await sink.finish((label) => progress.step(`restoring after the failure: ${label}`)).catch(() => undefined);
    throw err;
  } finally {
    process.off("SIGINT", interrupt);
    await sink.close();
  }

  progress.step("reading a sample back with Prisma");
  await verifyWithPrisma(url, counts.Claim);
  progress.end();
  const seconds = (performance.now() - started) / 1000;
  return {
    databaseUrl: url,
    engine: sink.engine,
    plan,
    counts,
    rows,
    seconds,
    loadSeconds,
    rowsPerSecond: rows / loadSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    fullTextSearch: sink.fullTextSearch,
  };
}
