// npm run db:synth: a synthetic landscape of 2,000 claims in a throwaway SQLite file, checked the
// way the app and a benchmark rely on it: proportions, every quote at its offsets, one revision
// per claim, a consistent full-text index, rows Prisma reads back, and the same seed giving the
// same data.
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHIP_KINDS,
  CHIP_STATUSES,
  CLAIM_COMPANY_ROLES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  COMPANY_ROLES,
  CONFIDENCES,
  EVENT_ACTIONS,
  JURISDICTIONS,
  SPEC_METRIC_KEYS,
} from "../../lib/constants";
import { DEFAULT_DATABASE_URL } from "../../lib/database-url";
import { createPrismaClient } from "../../lib/prisma-client";
import { snapshot } from "../../lib/revisions";
import { parseSynthArgs } from "../../lib/synth/args";
import { runSynth, SynthRefusal, type SynthSummary } from "../../lib/synth/run";

const run = promisify(execFile);
const CLAIMS = 2000;
const tsx = path.resolve("node_modules/.bin/tsx");

let dir: string;
let url: string;
let db: Database.Database;
let summary: SynthSummary;
let progressLog = "";
/** The command line, started first and run alongside the in-process load (two cores, half the wait). */
let cliRun: Promise<{ stdout: string }>;
let badArgsRun: Promise<{ code: number; stderr: string } | null>;

function tableHash(database: Database.Database, table: string): string {
  const rows = database.prepare(`SELECT * FROM "${table}" ORDER BY id`).all();
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "chipwatch-synth-"));
  url = `file:${path.join(dir, "synth.db")}`;
  cliRun = run(tsx, ["scripts/synth.ts", "--claims", String(CLAIMS), "--seed", "42", "--database-url", `file:${path.join(dir, "again.db")}`]);
  cliRun.catch(() => undefined); // awaited (and reported) by its test
  badArgsRun = run(tsx, ["scripts/synth.ts", "--claims", "-5"]).then(
    () => null,
    (err: { code: number; stderr: string }) => err,
  );
  summary = await runSynth({ claims: CLAIMS, seed: 42, databaseUrl: url, reset: false }, { isTTY: false, write: (text) => (progressLog += text) });
  db = new Database(path.join(dir, "synth.db"), { readonly: true });
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([cliRun, badArgsRun]);
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const values = (sql: string) => all<{ v: string | null }>(sql).map((r) => r.v);

describe("db:synth", () => {
  it("makes N claims with sources, companies, chips and events in the documented proportions", () => {
    const c = summary.counts;
    expect(c.Claim).toBe(CLAIMS);
    expect(c.Source).toBe(CLAIMS / 10);
    expect(c.Company).toBe(40);
    expect(c.Chip).toBeGreaterThanOrEqual(12);
    expect(c.ExportControlEvent).toBe(20);
    expect(c.EventSource).toBeGreaterThanOrEqual(20);
    expect(c.User).toBe(5);
    expect(c.Revision).toBe(CLAIMS);
    expect(c.ChipSpec).toBeGreaterThan(c.Chip * 3);

    const perClaim = one<{ minChips: number; maxChips: number; maxCompanies: number }>(`
      SELECT min(chips) AS minChips, max(chips) AS maxChips, max(companies) AS maxCompanies FROM (
        SELECT (SELECT count(*) FROM ClaimChip k WHERE k.claimId = c.id) AS chips,
               (SELECT count(*) FROM ClaimCompany k WHERE k.claimId = c.id) AS companies
        FROM Claim c)`);
    expect(perClaim).toEqual({ minChips: 1, maxChips: 2, maxCompanies: expect.any(Number) });
    expect(perClaim.maxCompanies).toBeLessThanOrEqual(3);

    const dated = one<{ n: number }>("SELECT count(*) AS n FROM Claim WHERE claimDate IS NOT NULL").n / CLAIMS;
    expect(dated).toBeGreaterThan(0.6);
    expect(dated).toBeLessThan(0.8);
    const published = one<{ n: number }>("SELECT count(*) AS n FROM Claim WHERE status = 'published'").n / CLAIMS;
    expect(published).toBeGreaterThan(0.75);
    expect(new Set(values("SELECT DISTINCT status AS v FROM Claim"))).toEqual(new Set(CLAIM_STATUSES));
    expect(new Set(values("SELECT DISTINCT language AS v FROM Source"))).toEqual(new Set(["en", "fr"]));
    expect(values("SELECT DISTINCT notes AS v FROM Source")).toEqual(["synthetic"]);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM Source WHERE url NOT LIKE 'https://synthetic.chipwatch.invalid/%'").n).toBe(0);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM ChipSpec WHERE sourceName <> 'Chipwatch synthetic data (db:synth)'").n).toBe(0);
  });

  it("uses only the values lib/constants.ts allows", () => {
    const within = (sql: string, allowed: readonly (string | null)[]) => {
      for (const v of values(sql)) expect(allowed).toContain(v);
    };
    within("SELECT DISTINCT kind AS v FROM Claim", CLAIM_KINDS);
    within("SELECT DISTINCT confidence AS v FROM Claim", CONFIDENCES);
    within("SELECT DISTINCT role AS v FROM ClaimCompany", CLAIM_COMPANY_ROLES);
    within("SELECT DISTINCT role AS v FROM CompanyRole", COMPANY_ROLES);
    within("SELECT DISTINCT kind AS v FROM Chip", CHIP_KINDS);
    within("SELECT DISTINCT status AS v FROM Chip", [...CHIP_STATUSES, null]);
    within("SELECT DISTINCT metric AS v FROM ChipSpec", SPEC_METRIC_KEYS);
    within("SELECT DISTINCT action AS v FROM ExportControlEvent", EVENT_ACTIONS);
    within("SELECT DISTINCT jurisdiction AS v FROM ExportControlEvent", JURISDICTIONS);
    expect(new Set(values("SELECT DISTINCT role AS v FROM CompanyRole"))).toEqual(new Set(COMPANY_ROLES));
  });

  it("gives a few vendors most of the claims, as in the real landscape", () => {
    const shares = all<{ n: number }>(`
      SELECT count(*) AS n FROM ClaimChip k JOIN Chip ch ON ch.id = k.chipId
      GROUP BY ch.vendorId ORDER BY n DESC`).map((r) => r.n);
    expect(shares[0]).toBeGreaterThan(3 * shares[Math.floor(shares.length / 2)]);
  });

  it("stores every claim and event quote at its exact offsets in its source", () => {
    const texts = new Map(all<{ id: string; text: string }>("SELECT id, text FROM Source").map((s) => [s.id, s.text]));
    const quotes = [
      ...all<{ sourceId: string; quote: string; quoteStart: number; quoteEnd: number }>("SELECT sourceId, quote, quoteStart, quoteEnd FROM Claim"),
      ...all<{ sourceId: string; quote: string; quoteStart: number; quoteEnd: number }>("SELECT sourceId, quote, quoteStart, quoteEnd FROM EventSource"),
    ];
    expect(quotes.length).toBe(CLAIMS + summary.counts.EventSource);
    const wrong = quotes.filter((q) => texts.get(q.sourceId)!.slice(q.quoteStart, q.quoteEnd) !== q.quote);
    expect(wrong).toEqual([]);
    const hashes = all<{ text: string; contentHash: string }>("SELECT text, contentHash FROM Source");
    expect(hashes.filter((s) => createHash("sha256").update(s.text).digest("hex") !== s.contentHash)).toEqual([]);
  });

  it("gives each claim exactly one create revision, in the app's snapshot format", () => {
    expect(
      one<{ n: number }>(`SELECT count(*) AS n FROM Claim c
        WHERE (SELECT count(*) FROM Revision r WHERE r.entityType = 'Claim' AND r.entityId = c.id AND r.action = 'create') <> 1`).n,
    ).toBe(0);
    for (const r of all<{ after: string; before: string | null }>("SELECT after, before FROM Revision LIMIT 50")) {
      expect(r.before).toBeNull();
      expect(r.after).toBe(snapshot(JSON.parse(r.after)));
    }
  });

  it("leaves no dangling reference", () => {
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });

  it("leaves the full-text index consistent with the claims, and its triggers working", async () => {
    const fts = one<{ n: number } | undefined>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ClaimSearch'");
    if (!fts?.n) return; // the ClaimSearch migration is not in this tree: nothing to check
    const rw = new Database(path.join(dir, "synth.db"));
    try {
      expect(() => rw.exec(`INSERT INTO "ClaimSearch"("ClaimSearch", rank) VALUES('integrity-check', 1)`)).not.toThrow();
      // A word that occurs in some claims: the index finds exactly the claims whose text has it.
      const word = one<{ name: string }>("SELECT name FROM Company c JOIN CompanyRole r ON r.companyId = c.id WHERE r.role = 'chip_vendor' AND name NOT LIKE '% %' LIMIT 1")?.name
        ?? one<{ name: string }>("SELECT name FROM Chip WHERE kind = 'accelerator' LIMIT 1").name.split(" ")[0];
      const tokens = (text: string | null) => (text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u);
      const expected = all<{ summary: string; quote: string; translation: string | null }>("SELECT summary, quote, translation FROM Claim").filter((c) =>
        [c.summary, c.quote, c.translation].some((t) => tokens(t).includes(word.toLowerCase())),
      ).length;
      expect(expected).toBeGreaterThan(0);
      expect(one<{ n: number }>(`SELECT count(*) AS n FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ?`, `"${word}"`).n).toBe(expected);
    } finally {
      rw.close();
    }
    // The triggers are back: a claim written through Prisma is found at once.
    const prisma = createPrismaClient(url);
    try {
      const template = await prisma.claim.findFirstOrThrow({ select: { subjectCompanyId: true, sourceId: true, quote: true, quoteStart: true, quoteEnd: true } });
      const added = await prisma.claim.create({ data: { ...template, slug: "synth-test-trigger", kind: "other", summary: "Quuxtrigger synthetic check" } });
      const hits = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*) AS n FROM "ClaimSearch" WHERE "ClaimSearch" MATCH 'quuxtrigger'`);
      expect(Number(hits[0].n)).toBe(1);
      await prisma.claim.delete({ where: { id: added.id } });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("fills the claim index (ClaimAbout, ClaimStance, ChipClaim) for every claim, and puts its triggers back", () => {
    const about = one<{ n: number } | undefined>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ClaimAbout'");
    if (!about?.n) return; // the claim index migration is not in this tree: nothing to check
    const expectedAbout = one<{ n: number }>(
      `SELECT count(*) AS n FROM (
         SELECT "id" AS claimId, "subjectCompanyId" AS companyId FROM "Claim"
         UNION SELECT "claimId", "companyId" FROM "ClaimCompany"
         UNION SELECT cc."claimId", ch."vendorId" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId")`,
    ).n;
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM "ClaimAbout"`).n).toBe(expectedAbout);
    const stances = one<{ n: number }>(`SELECT count(*) AS n FROM "ClaimStance"`).n;
    expect(stances).toBeGreaterThan(CLAIMS / 10);
    // every stance row's claim states a stance, and its status and date are the claim's
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM "ClaimStance" s JOIN "Claim" c ON c."id" = s."claimId"
          WHERE c."status" <> s."status" OR c."claimDate" IS NOT s."claimDate"
             OR c."kind" NOT IN ('adoption', 'training_on', 'testing', 'order', 'non_adoption')`,
      ).n,
    ).toBe(0);
    const chipClaim = one<{ n: number } | undefined>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ChipClaim'");
    if (chipClaim?.n) {
      // one row per chip link, with its claim's status, kind and dates
      expect(one<{ n: number }>(`SELECT count(*) AS n FROM "ChipClaim"`).n).toBe(one<{ n: number }>(`SELECT count(*) AS n FROM "ClaimChip"`).n);
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM "ClaimChip" cc JOIN "Claim" c ON c."id" = cc."claimId"
            LEFT JOIN "ChipClaim" k ON k."chipId" = cc."chipId" AND k."claimId" = cc."claimId"
            WHERE k."claimId" IS NULL OR k."status" <> c."status" OR k."kind" <> c."kind"
               OR k."claimDate" IS NOT c."claimDate" OR k."createdAt" <> c."createdAt"`,
        ).n,
      ).toBe(0);
    }
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM "ClaimIndexRefresh"`).n).toBe(0);
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ClaimIndex\\_%' ESCAPE '\\'`).n).toBe(9);
  });

  it("writes dates, booleans and numbers the way Prisma reads them", async () => {
    const raw = one<{ claimDate: string; createdAt: string }>("SELECT claimDate, createdAt FROM Claim WHERE claimDate IS NOT NULL ORDER BY id LIMIT 1");
    expect(raw.claimDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    const prisma = createPrismaClient(url);
    try {
      const claim = await prisma.claim.findFirstOrThrow({
        where: { claimDate: { not: null } },
        orderBy: { id: "asc" },
        include: { source: true, chips: { include: { chip: { include: { specs: true } } } }, createdBy: true },
      });
      expect(claim.claimDate).toBeInstanceOf(Date);
      expect(claim.claimDate!.toISOString().replace("Z", "+00:00")).toBe(raw.claimDate);
      expect(claim.createdAt).toBeInstanceOf(Date);
      expect(claim.source.publishedAt).toBeInstanceOf(Date);
      expect(claim.source.retrievedAt).toBeInstanceOf(Date);
      expect(typeof claim.createdBy!.disabled).toBe("boolean");
      const chip = await prisma.chip.findFirstOrThrow({ where: { kind: "accelerator" }, include: { specs: true } });
      expect(chip.announcedOn).toBeInstanceOf(Date);
      const fp8 = chip.specs.find((s) => s.metric === "fp8_support");
      if (fp8) expect(typeof fp8.valueBool).toBe("boolean");
      expect(typeof chip.specs.find((s) => s.metric === "bf16_tflops")!.valueNum).toBe("number");
      // Prisma's date filters compare against the stored text: they must select the same rows.
      const cut = new Date("2024-01-01T00:00:00.000Z");
      const viaPrisma = await prisma.claim.count({ where: { claimDate: { gte: cut } } });
      const viaSql = one<{ n: number }>("SELECT count(*) AS n FROM Claim WHERE claimDate >= ?", "2024-01-01T00:00:00.000+00:00").n;
      expect(viaPrisma).toBe(viaSql);
      expect(viaPrisma).toBeGreaterThan(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("prints progress lines when stderr is not a terminal", () => {
    expect(progressLog).toMatch(/claims .*2,000\/2,000 \(100%\)/);
  });

  it("makes the same data from the same seed (through the command line)", async () => {
    const { stdout } = await cliRun;
    expect(stdout).toMatch(/claims 2,000, sources 200/);
    expect(stdout).toMatch(/rows\/s/);
    const again = new Database(path.join(dir, "again.db"), { readonly: true });
    try {
      for (const table of ["Claim", "Source", "Company", "Chip", "Revision"]) expect(tableHash(again, table)).toBe(tableHash(db, table));
    } finally {
      again.close();
    }
  }, 60_000);

  it("refuses a target that already has claims unless --reset, and never touches the development database", async () => {
    const quiet = { isTTY: false, write: () => true };
    await expect(runSynth({ claims: 10, seed: 1, databaseUrl: url, reset: false }, quiet)).rejects.toThrow(/already has 2,000 claims; pass --reset/);
    const dev = runSynth({ claims: 10, seed: 1, databaseUrl: DEFAULT_DATABASE_URL, reset: true }, quiet);
    await expect(dev).rejects.toBeInstanceOf(SynthRefusal);
    await expect(dev).rejects.toThrow(/development database/);
  });

  it("rejects bad arguments with a message and exit code 2", async () => {
    expect(parseSynthArgs([])).toEqual({ kind: "error", message: "--claims is required" });
    expect(parseSynthArgs(["--claims", "0"])).toMatchObject({ kind: "error", message: expect.stringMatching(/at least 1/) });
    expect(parseSynthArgs(["--claims", "5000001"])).toMatchObject({ kind: "error", message: expect.stringMatching(/at most 5,000,000/) });
    expect(parseSynthArgs(["--claims", "ten"])).toMatchObject({ kind: "error", message: expect.stringMatching(/whole number/) });
    expect(parseSynthArgs(["--claims", "10", "--database-url", "mysql://x"])).toMatchObject({ kind: "error" });
    expect(parseSynthArgs(["--claims", "1_000_000"])).toMatchObject({ kind: "run", args: { claims: 1_000_000, seed: 42, reset: false } });

    const failure = await badArgsRun;
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/db:synth: .*\n[\s\S]*Usage: npm run db:synth/);
  }, 30_000);
});
