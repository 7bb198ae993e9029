// `npm run ingest -- <file-or-folder>… [--json]`
//
// Archives each .txt/.md file (a folder: the files directly in it, sorted by name) as a Source and
// prints the suggestions found in it: mentions of known companies and chips, candidate claims and
// candidate export-control events. Nothing is published and no claim is created: suggestions are
// for an editor to review. A file that cannot be archived (empty, binary, not UTF-8, over 5 MB, bad
// front matter) is reported and skipped, the others go on, and the exit code is 1. A text (or URL)
// already archived is skipped as a duplicate, with the suggestions of the archived source.
//
// The database is DATABASE_URL's (default prisma/data/chipwatch.db, or PostgreSQL); it must exist and be migrated
// (`npm run db:migrate`), and its companies and chips are the alias table (`npm run db:seed`).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, databaseProvider, sqliteFileFromUrl } from "../lib/database-url";
import { loadAliasTable, type AliasTable } from "../lib/extract/aliases";
import { isArticleFileName, readArticleFile, storeArticle, type StoredSource } from "../lib/extract/intake";
import { suggest, type Suggestions } from "../lib/extract/suggest";
import { createPrismaClient } from "../lib/prisma-client";

const USAGE = "usage: npm run ingest -- <file-or-folder>… [--json]";

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** whether stderr is a terminal: the progress bar redraws in place there */
  stderrIsTty: boolean;
};

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: Boolean(process.stderr.isTTY),
};

/** The JSON line printed for a file (`--json`): the suggestions with their exact offsets. */
export function jsonLine(file: string, source: StoredSource, found: Suggestions, skipped?: { duplicateOf: string }) {
  return {
    file,
    source: { id: source.id, slug: source.slug, title: source.title },
    ...(skipped ? { skipped: "duplicate" as const, duplicateOf: skipped.duplicateOf } : {}),
    mentions: found.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, entity: m.entity })),
    claims: found.claims.map((c) => ({
      kind: c.kind,
      company: c.company,
      chips: c.chips,
      quote: c.quote,
      start: c.start,
      end: c.end,
    })),
    events: found.events.map((e) => ({
      // ISO 8601 to the precision the text gives: "2025-05-13", or "2023-10" for a month
      date: e.date ? (e.date.precision === "month" ? e.date.value.slice(0, 7) : e.date.value) : null,
      jurisdiction: e.jurisdiction,
      quote: e.quote,
      start: e.start,
      end: e.end,
    })),
  };
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The suggestions as a person reads them. */
export function humanReport(found: Suggestions): string {
  const lines: string[] = [];
  const known = found.mentions.filter((m) => m.entity);
  const counts = new Map<string, number>();
  for (const m of known) {
    const key = `${m.entity!.type} ${m.entity!.slug}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const tally = [...counts].map(([entity, n]) => `${entity}${n > 1 ? ` ×${n}` : ""}`).join(", ");
  lines.push(`  Mentions: ${known.length}${counts.size ? ` (${tally})` : ""}`);
  const unknown = [...new Set(found.mentions.filter((m) => !m.entity).map((m) => m.text))];
  if (unknown.length) lines.push(`  Unknown product-like names (new chip or company?): ${unknown.join(", ")}`);
  lines.push(`  Candidate claims: ${found.claims.length}`);
  for (const c of found.claims) {
    const best = c.cues.reduce((a, b) => (b.weight > a.weight ? b : a));
    const chips = c.chips.length ? ` · chips ${c.chips.join(", ")}` : "";
    lines.push(
      `    [${c.kind}] ${c.company ?? "no company"}${chips} · cue “${best.text}” (${best.label}) · ${c.start}–${c.end}`,
      `      “${shorten(c.quote)}”`,
    );
  }
  lines.push(`  Candidate events: ${found.events.length}`);
  for (const e of found.events) {
    const date = e.date ? `${e.date.value.slice(0, e.date.precision === "month" ? 7 : 10)} (“${e.date.text}”)` : "undated";
    const cues = e.cues.map((c) => `“${c.text}”`).join(", ");
    lines.push(
      `    [${e.jurisdiction ?? "jurisdiction?"} · ${e.action ?? "action?"} · ${date}] cues ${cues} · ${e.start}–${e.end}`,
      `      “${shorten(e.quote)}”`,
    );
  }
  return lines.join("\n");
}

/** The files named on the command line: files as given, folders' .txt/.md files sorted by name. */
function collectFiles(targets: string[]): { files: string[]; problems: { file: string; error: string }[] } {
  const files: string[] = [];
  const problems: { file: string; error: string }[] = [];
  for (const target of targets) {
    if (!existsSync(target)) {
      problems.push({ file: target, error: "no such file or folder" });
      continue;
    }
    if (statSync(target).isDirectory()) {
      const inside = readdirSync(target, { withFileTypes: true })
        .filter((entry) => entry.isFile() && isArticleFileName(entry.name))
        .map((entry) => path.join(target, entry.name))
        .sort();
      if (inside.length === 0) problems.push({ file: target, error: "the folder has no .txt or .md file" });
      files.push(...inside);
    } else if (!isArticleFileName(target)) {
      problems.push({ file: target, error: "not a .txt or .md file" });
    } else {
      files.push(target);
    }
  }
  return { files, problems };
}

function progressBar(done: number, total: number, label: string): string {
  const width = 20;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`;
}

/** Runs the intake; returns the exit code (0: every file archived or skipped as a duplicate; 1: some failed; 2: usage). */
export async function main(
  argv: string[],
  io: Io = processIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let json = false;
  let targets: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
    if (parsed.values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    json = Boolean(parsed.values.json);
    targets = parsed.positionals;
  } catch (error) {
    io.stderr(`ingest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (targets.length === 0) {
    io.stderr(`ingest: name at least one file or folder\n${USAGE}\n`);
    return 2;
  }

  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  // A SQLite file must exist already (opening a missing one would create it, empty); a
  // PostgreSQL database that is missing or not migrated fails at the alias table, below.
  let dbFile: string | null;
  try {
    dbFile = databaseProvider(databaseUrl) === "sqlite" ? sqliteFileFromUrl(databaseUrl) : null;
  } catch (error) {
    io.stderr(`ingest: ${(error as Error).message}\n`);
    return 2;
  }
  if (dbFile !== null && dbFile !== ":memory:" && !existsSync(dbFile)) {
    io.stderr(
      `ingest: there is no database at ${dbFile}; prepare it first with npm run db:migrate ` +
        "(and npm run db:seed for the companies and chips)\n",
    );
    return 2;
  }

  const { files, problems } = collectFiles(targets);
  const db = createPrismaClient(databaseUrl);
  let failed = problems.length;
  const report = (file: string, error: string) => {
    if (json) io.stdout(`${JSON.stringify({ file, error })}\n`);
    io.stderr(`✗ ${file}: ${error}\n`);
  };
  try {
    for (const p of problems) report(p.file, p.error);
    let table: AliasTable;
    try {
      table = await loadAliasTable(db);
    } catch (error) {
      const reason = (error as Error).message.split("\n").at(-1);
      io.stderr(`ingest: cannot read the alias table (${reason}); is the database migrated? Run npm run db:migrate\n`);
      return 2;
    }

    const clearBar = () => io.stderrIsTty && io.stderr("\r\x1b[K");
    for (const [i, file] of files.entries()) {
      const bar = progressBar(i, files.length, path.basename(file));
      io.stderr(io.stderrIsTty ? `\r\x1b[K${bar}` : `${bar}\n`);
      const read = readArticleFile(file);
      if (!read.ok) {
        clearBar();
        report(file, read.error);
        failed++;
        continue;
      }
      let stored;
      try {
        stored = await storeArticle(db, read.article);
      } catch (error) {
        clearBar();
        report(file, `not archived: ${(error as Error).message.split("\n").at(-1)}`);
        failed++;
        continue;
      }
      // offsets are into the archived text: the duplicate's own when the file was one
      const found = suggest(stored.source.text, table);
      clearBar();
      const duplicate = stored.status === "duplicate" ? { duplicateOf: stored.source.slug } : undefined;
      if (json) {
        io.stdout(`${JSON.stringify(jsonLine(file, stored.source, found, duplicate))}\n`);
      } else {
        const { source } = stored;
        const language = `${read.article.language}${read.article.languageGuessed ? " (guessed)" : ""}`;
        const head =
          stored.status === "created"
            ? `✓ ${file}: archived as source ${source.slug} (id ${source.id}), “${source.title}”, ${language}`
            : `↷ ${file}: skipped (duplicate of ${source.slug}: same ${stored.reason === "text" ? "text" : "URL"}); ` +
              "suggestions of the archived source:";
        io.stdout(`${head}\n${humanReport(found)}\n\n`);
      }
    }
    if (files.length > 0) io.stderr(`${io.stderrIsTty ? "\r\x1b[K" : ""}${progressBar(files.length, files.length, "done")}\n`);
    if (failed > 0) io.stderr(`ingest: ${failed} file${failed > 1 ? "s" : ""} not archived (see above)\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
