// Durability (issue 7): a server killed in the middle of writing leaves a consistent database.
// A child process (tests/durability/claim-writer.ts) opens the database as the app does and saves
// claims with the app's own write core, on three workers at once, printing each claim's id once
// its transaction has returned. The test SIGKILLs it at a random moment (no chance to clean up,
// several transactions in flight), reopens the database, and checks it: SQLite's integrity and
// foreign-key checks pass; every claim reported as committed is there with its company and chip
// links and its revision; no claim, company or chip exists without its revision, no revision
// without its record, no link or alias without its parent. Then it starts a new writer on the same
// file, which must carry on, and kills it again: several rounds.
//
// SQLite only, by nature: it kills the process that holds the database file and checks what
// SQLite's WAL recovery leaves behind. On PostgreSQL the server, not the app, owns durability.
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFileFromUrl } from "@/lib/database-url";
import { createChip } from "@/lib/editor-records/chips";
import { createCompany } from "@/lib/editor-records/companies";
import { createSource } from "@/lib/editor/sources";
import { ChipFormSchema, EMPTY_CHIP_VALUES } from "@/lib/validation/chip-form";
import { CompanyFormSchema, EMPTY_COMPANY_VALUES } from "@/lib/validation/company-form";
import { SourceFormSchema, sourceFormInput } from "@/lib/validation/source-form";
import { createTestDb, type TestDb } from "../setup/test-db";

const ROUNDS = 6;
const WORKERS = 3;
const WRITER = path.resolve("tests/durability/claim-writer.ts");
const TEXT = "Selon une note imaginaire, Huawei aurait livré plusieurs milliers de puces Ascend 910B à un opérateur de Shenzhen.";
const QUOTE = "Huawei aurait livré plusieurs milliers de puces Ascend 910B";

type Committed = { id: string; chips: number; companies: number };
type Round = { committed: Committed[]; started: number; inFlightAtKill: number; stderr: string };

let t: TestDb;
let file: string;
let writerArgs: string[];

/** Starts a writer, lets it commit `commits` claims and then a random few milliseconds more, and SIGKILLs it. */
function killedWriterRound(commits: number, extraMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WRITER, ...writerArgs, String(WORKERS)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const committed: Committed[] = [];
    let started = 0;
    let buffered = "";
    let stderr = "";
    let killed = false;
    let inFlightAtKill = 0;
    const kill = () => {
      if (killed) return;
      killed = true;
      inFlightAtKill = started - committed.length;
      child.kill("SIGKILL");
    };
    // a writer that never reaches its commits (a very slow machine) is killed anyway, and the round fails below
    const deadline = setTimeout(kill, 45_000);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("started ")) started++;
        const match = /^committed \d+ (\S+) chips=(\d+) companies=(\d+)$/.exec(line);
        if (!match) continue;
        // a line read after the kill was sent still reports a transaction that returned
        committed.push({ id: match[1], chips: Number(match[2]), companies: Number(match[3]) });
        if (committed.length === commits && !killed) setTimeout(kill, extraMs);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(deadline);
      if (signal !== "SIGKILL") reject(new Error(`the writer stopped by itself (code ${code}): ${stderr}`));
      else resolve({ committed, started, inFlightAtKill, stderr });
    });
  });
}

/** Everything that must hold of the database after a crash; `committed` are the claims reported so far. */
function checkDatabase(committed: Committed[]) {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const rows = (sql: string) => sqlite.prepare(sql).all() as Record<string, unknown>[];
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(rows("PRAGMA foreign_key_check"), "rows whose foreign key points nowhere").toEqual([]);

    const claim = sqlite.prepare(`SELECT id,
        (SELECT COUNT(*) FROM ClaimChip WHERE claimId = Claim.id) AS chips,
        (SELECT COUNT(*) FROM ClaimCompany WHERE claimId = Claim.id) AS companies,
        (SELECT COUNT(*) FROM Revision WHERE entityType = 'Claim' AND entityId = Claim.id AND action = 'create') AS revisions
      FROM Claim WHERE id = ?`);
    for (const c of committed) {
      expect(claim.get(c.id), `committed claim ${c.id}`).toEqual({ id: c.id, chips: c.chips, companies: c.companies, revisions: 1 });
    }

    for (const [table, entityType] of [
      ["Claim", "Claim"],
      ["Company", "Company"],
      ["Chip", "Chip"],
      ["Source", "Source"],
    ]) {
      expect(
        rows(`SELECT id FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM Revision r WHERE r.entityType = '${entityType}' AND r.entityId = t.id)`),
        `${table} rows without their revision`,
      ).toEqual([]);
      expect(
        rows(`SELECT id FROM Revision r WHERE r.entityType = '${entityType}' AND NOT EXISTS (SELECT 1 FROM "${table}" t WHERE t.id = r.entityId)`),
        `revisions of a ${table} that does not exist`,
      ).toEqual([]);
    }
    expect(rows("SELECT claimId FROM ClaimChip WHERE claimId NOT IN (SELECT id FROM Claim) OR chipId NOT IN (SELECT id FROM Chip)")).toEqual([]);
    expect(rows("SELECT claimId FROM ClaimCompany WHERE claimId NOT IN (SELECT id FROM Claim) OR companyId NOT IN (SELECT id FROM Company)")).toEqual([]);
    // a company or chip made inline is whole: its alias (and a company's role) came with it
    expect(rows("SELECT id FROM Company WHERE NOT EXISTS (SELECT 1 FROM CompanyAlias a WHERE a.companyId = Company.id)")).toEqual([]);
    expect(rows("SELECT companyId FROM CompanyRole WHERE companyId NOT IN (SELECT id FROM Company)")).toEqual([]);
    expect(rows("SELECT id FROM Company WHERE NOT EXISTS (SELECT 1 FROM CompanyRole r WHERE r.companyId = Company.id)")).toEqual([]);
    expect(rows("SELECT id FROM Chip WHERE NOT EXISTS (SELECT 1 FROM ChipAlias a WHERE a.chipId = Chip.id)")).toEqual([]);
    // every claim, reported or not (one may have committed just before the kill), is whole too
    expect(
      rows(`SELECT id FROM Claim WHERE summary LIKE 'Durability claim %' AND NOT EXISTS (SELECT 1 FROM ClaimChip WHERE claimId = Claim.id)`),
      "claims without their chip links",
    ).toEqual([]);
    return (sqlite.prepare("SELECT COUNT(*) FROM Claim").pluck().get() as number) ?? 0;
  } finally {
    sqlite.close();
  }
}

describe.skipIf(process.env.CHIPWATCH_TEST_DATABASE_URL?.startsWith("postgres"))("a server killed mid-write", () => {
  beforeAll(async () => {
    t = await createTestDb();
    file = sqliteFileFromUrl(t.url);
    // as scripts/prepare-db.ts sets it before the server starts
    await t.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const editor = await t.db.user.create({ data: { email: "durability@chipwatch.test", role: "editor" } });
    const vendor = await createCompany(t.db, editor, CompanyFormSchema.parse({ ...EMPTY_COMPANY_VALUES, name: "Huawei", roles: ["chip_vendor"] }));
    if (!vendor.ok) throw new Error("vendor refused");
    const chip = await createChip(t.db, editor, ChipFormSchema.parse({ ...EMPTY_CHIP_VALUES, name: "Ascend 910B", vendor: "huawei", kind: "accelerator" }));
    if (!chip.ok) throw new Error("chip refused");
    const source = await createSource(t.db, editor, SourceFormSchema.parse(sourceFormInput({ title: "Note imaginaire", language: "fr", text: TEXT })));
    if (!source.ok) throw new Error("source refused");
    writerArgs = [t.url, editor.id, source.source.id, vendor.record.id, QUOTE];
    // the app's server is the only one holding the file while it writes
    await t.db.$disconnect();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it(`${ROUNDS} rounds of writes, each ended by SIGKILL at a random moment: every committed claim is whole, nothing partial`, async () => {
    const committed: Committed[] = [];
    let inFlightKills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const result = await killedWriterRound(3 + Math.floor(Math.random() * 25), Math.floor(Math.random() * 40));
      expect(result.stderr, `round ${round}: the writer's errors`).toBe("");
      expect(result.committed.length, `round ${round}: claims committed before the kill`).toBeGreaterThan(0);
      if (result.inFlightAtKill > 0) inFlightKills++;
      committed.push(...result.committed);
      const claims = checkDatabase(committed);
      // the claims reported, and at most one per worker that committed but was killed before saying so
      expect(claims).toBeGreaterThanOrEqual(committed.length);
      expect(claims).toBeLessThanOrEqual(committed.length + WORKERS * (round + 1));
    }
    // the kills landed while writes were under way, not between them
    expect(inFlightKills).toBeGreaterThan(0);
    expect(new Set(committed.map((c) => c.id)).size).toBe(committed.length);
    // about 20 s on an idle machine: most of it is six Node.js start-ups
  }, 180_000);
});
