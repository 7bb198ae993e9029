// The benchmark's tables, for the console and for bench/RESULTS.md, and the targets' verdicts.
import { readFileSync } from "node:fs";
import os from "node:os";
import type { RowCounts } from "./datasets";
import type { FirstLoadJs } from "./first-load-js";
import { failed, type LoadResult } from "./load";
import type { BenchOptions } from "./options";
import type { RouteProfile } from "./profile";
import type { BenchRoute, RouteId, Targets } from "./routes";

/** A route at one size: its median round (bench/load.ts medianRound), page and floor, and each round's p50. */
export type RouteResult = {
  route: BenchRoute;
  page: LoadResult;
  floor: LoadResult;
  rounds?: { page: number[]; floor: number[] };
};

export type SizeResult = {
  size: number;
  url: string;
  dataset: "reused" | "created" | "given";
  counts: RowCounts;
  targets: Targets;
  routes: RouteResult[];
  load?: LoadResult & { paths: number };
  /** the 1-minute load average when this size's measurements began and ended (other work on the machine shows here) */
  loadAverage: [number, number];
  /** bench/profile.ts: each page's reads through Prisma vs the same SQL run directly (SQLite only) */
  profile?: RouteProfile[];
};

export type JsResult = { route: BenchRoute; js: FirstLoadJs | { error: string } };

export type Machine = { cpu: string; cores: number; ramGb: number; os: string; node: string; loadAverage: string };

export type BenchRun = {
  options: BenchOptions;
  machine: Machine;
  date: Date;
  minutes: number;
  sizes: SizeResult[];
  js: JsResult[];
  /** the scripts every page of the build loads (Next.js and React), for scale */
  frameworkJs?: FirstLoadJs;
  /** what went wrong along the way (a size that failed, …): printed, never hidden */
  problems: string[];
};

/** Thresholds from the issue: measured and reported, not asserted. */
export const TARGETS = {
  floorRatio: 3,
  p50Ms: 100,
  growth: 1.5,
  jsNoChartsKb: 120,
  jsChartsKb: 220,
  loadConnections: 50,
  loadSeconds: 60,
};

export function machine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1];
    if (pretty) osName = `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    /* not Linux */
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    os: osName,
    node: process.version,
    loadAverage: os.loadavg().map((n) => n.toFixed(2)).join(", "),
  };
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────────

export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 100_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1_000 && size % 100 === 0) return `${size / 1_000}k`;
  return String(size);
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const times = (value: number) => `${value.toFixed(2)}×`;

/** What failed in a measurement, or "0". */
function failures(result: LoadResult): string {
  if (!failed(result)) return "0";
  const parts = [];
  if (result.non2xx) {
    const codes = Object.entries(result.statusCodes)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, n]) => `${n}×${code}`)
      .join(" ");
    parts.push(`${result.non2xx} non-2xx (${codes})`);
  }
  const otherErrors = result.errors - result.timeouts;
  if (otherErrors > 0) parts.push(`${otherErrors} errors`);
  if (result.timeouts) parts.push(`${result.timeouts} timeouts`);
  return `**${parts.join(", ")}**`;
}

/** Whether a measurement has latencies at all: autocannon records them for 2xx answers only. */
function answered(result: LoadResult | undefined): result is LoadResult {
  return result !== undefined && (result.statusCodes["200"] ?? 0) > 0 && result.p50 > 0;
}

/** A latency, marked when the measurement had failures, or "no answer" when nothing came back in time. */
/** Each round's p50 in the order measured, e.g. "105 / 98.0 / 130" (a result from before rounds: "n/a"). */
function byRound(p50s: number[] | undefined): string {
  return p50s && p50s.length > 0 ? p50s.map(ms).join(" / ") : "n/a";
}

function latency(result: LoadResult, key: "p50" | "p99"): string {
  if (!answered(result)) return "no answer";
  return failed(result) ? `${ms(result[key])} (!)` : ms(result[key]);
}

/** page ÷ floor, when both answered. */
function ratio(page: LoadResult | undefined, floor: LoadResult | undefined, key: "p50" | "p99"): number | null {
  return answered(page) && answered(floor) ? page[key] / floor[key] : null;
}
const showRatio = (value: number | null) => (value === null ? "n/a" : times(value));
const rps = (result: LoadResult | undefined) => (result === undefined ? "n/a" : result.throughput < 10 ? result.throughput.toFixed(1) : result.throughput.toFixed(0));

type Table = { headers: string[]; rows: string[][]; align?: ("l" | "r")[] };

export function markdownTable({ headers, rows, align }: Table): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const rule = headers.map((_, i) => ((align?.[i] ?? "r") === "l" ? ":---" : "---:"));
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
}

export function consoleTable({ headers, rows, align }: Table): string {
  const plain = (text: string) => text.replace(/\*\*/g, "").replace(/`/g, "");
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => plain(row[i]).length)));
  const pad = (text: string, i: number) =>
    (align?.[i] ?? "r") === "l" ? plain(text).padEnd(widths[i]) : plain(text).padStart(widths[i]);
  return [headers.map(pad).join("  "), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((row) => row.map(pad).join("  "))].join(
    "\n",
  );
}

// ── Tables ──────────────────────────────────────────────────────────────────────────────────

export function sizeTable(result: SizeResult): Table {
  return {
    headers: ["route", "path", "p50 ms", "p50 by round", "p99 ms", "req/s", "answers", "floor p50", "floor p50 by round", "floor p99", "floor req/s", "p50 ratio", "p99 ratio", "failed (page)", "failed (floor)"],
    align: ["l", "l"],
    rows: result.routes.map(({ route, page, floor, rounds }) => [
      route.id,
      `\`${route.path}\``,
      latency(page, "p50"),
      byRound(rounds?.page),
      latency(page, "p99"),
      rps(page),
      String(page.statusCodes["200"] ?? 0),
      latency(floor, "p50"),
      byRound(rounds?.floor),
      latency(floor, "p99"),
      rps(floor),
      showRatio(ratio(page, floor, "p50")),
      showRatio(ratio(page, floor, "p99")),
      failures(page),
      failures(floor),
    ]),
  };
}

function routeIds(run: BenchRun): RouteId[] {
  return [...new Set(run.sizes.flatMap((size) => size.routes.map((r) => r.route.id)))];
}

function find(size: SizeResult, id: RouteId): RouteResult | undefined {
  return size.routes.find((r) => r.route.id === id);
}

export function growthTable(run: BenchRun): Table {
  const [first, last] = [run.sizes[0], run.sizes[run.sizes.length - 1]];
  return {
    headers: ["route", ...run.sizes.map((s) => `p50 at ${sizeLabel(s.size)}`), `${sizeLabel(first.size)}→${sizeLabel(last.size)} p50`, ...run.sizes.map((s) => `req/s at ${sizeLabel(s.size)}`)],
    align: ["l"],
    rows: routeIds(run).map((id) => {
      const a = find(first, id)?.page;
      const b = find(last, id)?.page;
      return [
        id,
        ...run.sizes.map((s) => {
          const page = find(s, id)?.page;
          return page ? latency(page, "p50") : "n/a";
        }),
        answered(a) && answered(b) ? times(b.p50 / a.p50) : "n/a",
        ...run.sizes.map((s) => rps(find(s, id)?.page)),
      ];
    }),
  };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function jsTable(run: BenchRun): Table {
  return {
    headers: ["route", "charts", "scripts", "raw kB", "gzip kB", "target kB", "met"],
    align: ["l", "l"],
    rows: [
      ...run.js.map(({ route, js }) => {
        const target = route.charts ? TARGETS.jsChartsKb : TARGETS.jsNoChartsKb;
        if ("error" in js) return [route.id, route.charts ? "yes" : "no", "", "", `**${js.error}**`, String(target), "n/a"];
        return [
          route.id,
          route.charts ? "yes (recharts)" : "no",
          String(js.scripts),
          kb(js.rawBytes),
          kb(js.gzipBytes),
          String(target),
          js.gzipBytes / 1000 < target ? "yes" : "**no**",
        ];
      }),
      ...(run.frameworkJs
        ? [["(framework: every page)", "", String(run.frameworkJs.scripts), kb(run.frameworkJs.rawBytes), kb(run.frameworkJs.gzipBytes), "", ""]]
        : []),
    ],
  };
}

export function loadTable(run: BenchRun): Table {
  return {
    headers: ["size", "connections", "seconds", "paths", "requests", "req/s", "p50 ms", "p99 ms", "errors", "timeouts", "non-2xx", "unfinished"],
    rows: run.sizes
      .filter((s) => s.load)
      .map((s) => {
        const load = s.load!;
        const bold = (n: number) => (n > 0 ? `**${n}**` : "0");
        return [
          sizeLabel(s.size),
          String(run.options.loadConnections),
          String(run.options.loadDuration),
          String(load.paths),
          String(load.requests),
          load.throughput.toFixed(0),
          latency(load, "p50"),
          latency(load, "p99"),
          bold(load.errors - load.timeouts),
          bold(load.timeouts),
          bold(load.non2xx),
          String(load.unfinished),
        ];
      }),
  };
}

export function datasetTable(run: BenchRun): Table {
  return {
    headers: ["size", "database", "companies", "chips", "sources", "claims", "events", "vendor", "compare", "chip filter", "search word", "load avg start→end"],
    align: ["l", "l", "r", "r", "r", "r", "r", "l", "l", "l", "l", "r"],
    rows: run.sizes.map((s) => [
      sizeLabel(s.size),
      `\`${s.url.replace(/\/\/[^@/]*@/, "//…@")}\` (${s.dataset})`,
      ...[s.counts.companies, s.counts.chips, s.counts.sources, s.counts.claims, s.counts.events].map((n) => n.toLocaleString("en")),
      s.targets.vendor,
      s.targets.compare.join(", "),
      s.targets.chip,
      s.targets.word,
      `${s.loadAverage[0].toFixed(1)} → ${s.loadAverage[1].toFixed(1)}`,
    ]),
  };
}

export function profileTable(size: SizeResult): Table {
  return {
    headers: ["route", "page p50 ms", "reads via Prisma ms", "SQL statements", "SQL ms", "slowest statements (ms)"],
    align: ["l", "r", "r", "r", "r", "l"],
    rows: (size.profile ?? []).map((p) => [
      p.id,
      ((page) => (page ? latency(page, "p50") : "n/a"))(size.routes.find((r) => r.route.id === p.id)?.page),
      p.wallMs.toFixed(1),
      String(p.statements),
      p.sqlMs.toFixed(1),
      p.slowest
        .filter((s) => s.ms >= 1)
        .map((s) => `${s.ms.toFixed(0)}: \`${s.sql.replace(/\|/g, "\\|").slice(0, 110)}…\``)
        .join("<br>") || "none over 1 ms",
    ]),
  };
}

// ── Targets ─────────────────────────────────────────────────────────────────────────────────

type Verdict = { target: string; result: string; met: "yes" | "no" | "not measured" };

export function verdicts(run: BenchRun): Verdict[] {
  const verdicts: Verdict[] = [];
  const last = run.sizes[run.sizes.length - 1];
  const first = run.sizes[0];
  if (!last) return verdicts;
  const at = (s: SizeResult) => `at ${sizeLabel(s.size)} claims`;
  const oneMillion = last.size >= 1_000_000 ? "" : " (1M not measured: largest size here)";
  const anyFailed = (s: SizeResult) => s.routes.filter((r) => failed(r.page) || failed(r.floor)).map((r) => r.route.id);

  const ratios = last.routes.map((r) => ({ id: r.route.id, value: ratio(r.page, r.floor, "p50") }));
  const over = ratios.filter((r) => r.value !== null && r.value >= TARGETS.floorRatio);
  const unknown = ratios.filter((r) => r.value === null);
  verdicts.push({
    target: `every page within ${TARGETS.floorRatio}× of its floor (p50) at 1M claims`,
    result: `${at(last)}${oneMillion}: over: ${over.map((r) => `${r.id} ${times(r.value!)}`).join(", ") || "none"}${unknown.length ? `; no ratio (no answer): ${unknown.map((r) => r.id).join(", ")}` : ""}${anyFailed(last).length ? `; failures in ${anyFailed(last).join(", ")}` : ""}`,
    met: over.length === 0 && unknown.length === 0 && anyFailed(last).length === 0 ? (oneMillion ? "not measured" : "yes") : "no",
  });

  for (const s of run.sizes) {
    const slow = s.routes.filter((r) => r.page.p50 >= TARGETS.p50Ms || failed(r.page) || !answered(r.page));
    verdicts.push({
      target: `p50 under ${TARGETS.p50Ms} ms for every page, ${at(s)} (${run.machine.cores} cores)`,
      result: slow.length ? `over or failing: ${slow.map((r) => `${r.route.id} ${latency(r.page, "p50")}${answered(r.page) ? " ms" : ""}`).join(", ")}` : `slowest ${[...s.routes].sort((a, b) => b.page.p50 - a.page.p50)[0]?.route.id} ${ms(Math.max(...s.routes.map((r) => r.page.p50)))} ms`,
      met: slow.length ? "no" : "yes",
    });
  }

  if (run.sizes.length > 1) {
    const factors = routeIds(run).map((id) => {
      const a = find(first, id)?.page;
      const b = find(last, id)?.page;
      return { id, factor: answered(a) && answered(b) ? b.p50 / a.p50 : Infinity };
    });
    const over = factors.filter((f) => f.factor >= TARGETS.growth);
    const full = first.size <= 10_000 && last.size >= 1_000_000;
    verdicts.push({
      target: `10k → 1M claims costs every page less than ${TARGETS.growth}× in p50`,
      result: `${sizeLabel(first.size)} → ${sizeLabel(last.size)}${full ? "" : " (not the full 10k → 1M)"}: over: ${over.map((f) => `${f.id} ${Number.isFinite(f.factor) ? times(f.factor) : "(no answer)"}`).join(", ") || "none"}`,
      met: over.length ? "no" : full ? "yes" : "not measured",
    });
  } else {
    verdicts.push({ target: `10k → 1M claims costs every page less than ${TARGETS.growth}× in p50`, result: "one size only", met: "not measured" });
  }

  const jsOver = run.js.filter(({ route, js }) => "error" in js || js.gzipBytes / 1000 >= (route.charts ? TARGETS.jsChartsKb : TARGETS.jsNoChartsKb));
  verdicts.push({
    target: `first-load JS under ${TARGETS.jsNoChartsKb} kB gzip without charts, ${TARGETS.jsChartsKb} kB with`,
    result:
      run.js.length === 0
        ? "not measured"
        : (jsOver.length ? `over: ${jsOver.map(({ route, js }) => `${route.id} ${"error" in js ? js.error : `${kb(js.gzipBytes)} kB`}`).join(", ")}` : "all under") +
          (run.frameworkJs ? ` (Next.js and React alone, on every page: ${kb(run.frameworkJs.gzipBytes)} kB)` : ""),
    met: run.js.length === 0 ? "not measured" : jsOver.length ? "no" : "yes",
  });

  const loads = run.sizes.filter((s) => s.load);
  const standard = run.options.loadConnections >= TARGETS.loadConnections && run.options.loadDuration >= TARGETS.loadSeconds;
  const loadFailed = loads.filter((s) => failed(s.load!));
  verdicts.push({
    target: `zero failed requests at ${TARGETS.loadConnections} connections for ${TARGETS.loadSeconds} s`,
    result: loads.length === 0
      ? "load test skipped"
      : `${run.options.loadConnections} connections × ${run.options.loadDuration} s${standard ? "" : " (shorter or lighter than the target)"}: ${loadFailed.length ? `failures ${loadFailed.map((s) => `at ${sizeLabel(s.size)}: ${failures(s.load!)}`).join("; ")}` : `none at ${loads.map((s) => sizeLabel(s.size)).join(", ")}`}`,
    met: loads.length === 0 ? "not measured" : loadFailed.length ? "no" : standard ? "yes" : "not measured",
  });
  return verdicts;
}

export function verdictTable(run: BenchRun): Table {
  return {
    headers: ["target", "measured", "met"],
    align: ["l", "l", "l"],
    rows: verdicts(run).map((v) => [v.target, v.result, v.met === "no" ? "**no**" : v.met]),
  };
}

// ── RESULTS.md ──────────────────────────────────────────────────────────────────────────────

export function resultsMarkdown(run: BenchRun): string {
  const { options: o, machine: m } = run;
  const lines = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts); see README, \"Benchmark\". Latencies in ms from autocannon",
    "(2xx answers only; a figure marked (!) comes from a measurement with failures, given in the last columns;",
    "\"no answer\": no 2xx answer before the measurement ended; with few answers, about one per connection, each request",
    "took most of the measurement and p50/p99 cover only those that finished: too low). Timeout 10 s; \"unfinished\": still",
    "unanswered when the load test ended. Each server is idle (its backlog served) before each measurement.",
    "The floor serves the same rows with plain SQL as bare HTML (bench/floor.ts); ratio = page ÷ floor.",
    "",
    `- **Date**: ${run.date.toISOString()} (run took ${run.minutes.toFixed(1)} min)`,
    `- **Machine**: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}, Node ${m.node}; load average at start ${m.loadAverage}`,
    `- **Engine**: ${o.db ? (o.db.startsWith("file:") ? "sqlite" : "postgres") : o.engine}`,
    `- **Settings**: ${o.connections} connections × ${o.duration} s per measurement, page and floor alike, after ${o.warmup} s of warm-up; ${o.rounds} round${o.rounds === 1 ? "" : "s"} over all routes in turn, the round with the median p50 reported (its p99, req/s and answers too; failures of every round); load test ${o.loadConnections} connections × ${o.loadDuration} s over all routes; autocannon 9.0.0; the app as \`npm start\` serves it with ${o.workers} server process${o.workers === 1 ? "" : "es"} (CHIPWATCH_WORKERS), the floor with as many, autocannon in a process of its own, all on this machine`,
    "",
    "## Datasets",
    "",
    markdownTable(datasetTable(run)),
    "",
    "## Targets",
    "",
    markdownTable(verdictTable(run)),
    "",
  ];
  for (const size of run.sizes) {
    lines.push(`## ${sizeLabel(size.size)} claims`, "", markdownTable(sizeTable(size)), "");
    if (size.profile?.length) {
      lines.push(
        `Where the time goes at ${sizeLabel(size.size)} (bench/profile.ts: each page's reads one request at a time through Prisma, and the same SQL statements replayed directly, best of 3; with the aggregate cache off, so the counts and filter options production keeps for 30 s are included):`,
        "",
        markdownTable(profileTable(size)),
        "",
      );
    }
  }
  if (run.sizes.length > 1) lines.push("## Growth", "", markdownTable(growthTable(run)), "");
  lines.push(
    "## First-load JavaScript",
    "",
    "Every `/_next/static` script a page's HTML loads (script src, modulepreload), each gzipped at level 9 (node:zlib) and summed, " +
      "less the `noModule` polyfills browsers with module support never fetch. The last row is the framework's share: " +
      "the build manifest's `rootMainFiles` (Next.js's client runtime and React DOM), which every App Router page loads whatever it renders.",
    "",
    markdownTable(jsTable(run)),
    "",
  );
  if (run.sizes.some((s) => s.load)) lines.push("## Load test", "", markdownTable(loadTable(run)), "");
  if (run.problems.length) lines.push("## Problems during the run", "", ...run.problems.map((p) => `- ${p}`), "");
  return `${lines.join("\n")}`;
}
