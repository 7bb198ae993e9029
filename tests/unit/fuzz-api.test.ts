// Property-based fuzzing of the public read API. Every route file under app/api/v1 (found on disk,
// not listed by hand) is called in-process against a throwaway seeded database with hundreds of
// generated query strings each: hostile values (10 000-character strings, control characters,
// NUL, lone surrogates, RTL marks, emoji, SQL and LIKE metacharacters, odd numbers, impossible
// dates, repeated and unknown parameters, broken percent-escapes) mixed with valid ones so that
// requests also get past validation into the queries, plus generated path parameters and forged
// session cookies. Every answer must be a 2xx, or a 4xx whose JSON body says why; never a 5xx.
// Writes (POST, PUT, PATCH, DELETE) go through Next.js's own method dispatch and must be 405s.
// Every table's rows are hashed before and after: nothing may change. The reader pages' query
// parsers get the same kind of input, shaped as Next.js hands it to a page.
//
// Reproducible: the runs are seeded (FUZZ_SEED, default below); FUZZ_RUNS sets runs per route.
// A failure prints the counterexample and the seed and path that replay it.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import {
  CHIP_KINDS,
  CHIP_STATUSES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  COMPANY_ROLES,
  JURISDICTIONS,
} from "@/lib/constants";
import { parseClaimsPageParams, withoutEmptyParams } from "@/app/claims/claims-query";
import { TimelineQuerySchema } from "@/app/timeline/timeline-params";
import { CHIP_SORT_KEYS, SORT_DIRECTIONS } from "@/lib/specs";
import { PagingSchema, SourcesQuerySchema } from "@/lib/validation/api";
import { ChipPageQuerySchema, ChipTableQuerySchema, CompareQuerySchema, joinCompareParam, parseCompareSelection } from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { databaseProvider } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/prisma-client";
import { snapshotDb } from "../setup/db-snapshot";
import { createTestDb, type TestDb } from "../setup/test-db";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 300);
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

// ─── The routes, from the file system ─────────────────────────────────────────────────────────

const API_DIR = path.resolve("app/api/v1");

type Route = {
  /** e.g. /api/v1/claims/[idOrSlug] */
  pattern: string;
  file: string;
  /** the dynamic segments' names, in order */
  params: string[];
  /** the collection a record route reads (companies, chips, claims, events, sources) */
  collection: string;
};

function discoverRoutes(): Route[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .sort()
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((segment) => segment !== ".");
      if (segments.some((segment) => segment.startsWith("[..") || segment.startsWith("[[")))
        throw new Error(`${file}: catch-all segments are not fuzzed yet; teach this test to generate them`);
      const params = segments.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1));
      const collection = segments.find((s) => !s.startsWith("[") && s !== "export") ?? "";
      return { pattern: `/api/v1/${segments.join("/")}`, file: path.join(API_DIR, file), params, collection };
    });
}

const ROUTES = discoverRoutes();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Record<string, unknown> & { GET?: Handler };

async function loadRoute(route: Route): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ route.file)) as RouteModule;
}

// ─── Requests ─────────────────────────────────────────────────────────────────────────────────

type Pair = { name: string; value: string; encoding: "escaped" | "raw" };
/** `rawPath`: path parameters go in as typed, so `%2F`, `%00` or a broken escape reach Next.js's decoding. */
type FuzzRequest = { params: string[]; rawPath?: boolean; query: Pair[]; cookie: string | null };

/** Percent-encode every byte of the UTF-8 form (a lone surrogate becomes U+FFFD, as a browser sends it). */
function escapeAll(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((byte) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`))
    .join("");
}

/** The query string: escaped pairs are well-formed; raw ones go in as typed (& = # % and all). */
function queryString(pairs: Pair[]): string {
  return pairs
    .map(({ name, value, encoding }) => (encoding === "raw" ? `${name}=${value}` : `${escapeAll(name)}=${escapeAll(value)}`))
    .join("&");
}

function fillPattern(pattern: string, params: string[], raw = false): string {
  let index = 0;
  const segment = (value: string) => (raw ? value.replace(/[/?#]/g, (c) => encodeURIComponent(c)) : escapeAll(value));
  return pattern.replace(/\[[^\]]+\]/g, () => segment(params[index++] ?? ""));
}

function describeRequest(request: FuzzRequest): string {
  return JSON.stringify(request, (_key, value) => (typeof value === "string" && value.length > 120 ? `${value.slice(0, 60)}…(${value.length} chars)` : value));
}

type Call =
  | { kind: "handler"; request: Request; context: { params: Promise<Record<string, string>> } }
  /** Next.js itself answers 400 before any handler runs: a path segment that does not decode. */
  | { kind: "refused-by-next" }
  /** The URL no longer names this route (a `..` segment that the URL parser resolves, an empty segment). */
  | { kind: "other-route" };

/**
 * The call Next.js would make for this request: the URL as parsed, and the path parameters
 * decoded from it the way its route matcher does (decodeURIComponent; a segment that does not
 * decode is Next.js's own 400). So values travel as they would over HTTP: a lone surrogate, which
 * UTF-8 cannot carry, arrives as U+FFFD.
 */
function buildCall(route: Route, fuzz: FuzzRequest, method = "GET", body?: string): Call {
  const query = queryString(fuzz.query);
  const url = new URL(`http://localhost${fillPattern(route.pattern, fuzz.params, fuzz.rawPath)}${query ? `?${query}` : ""}`);
  const patternSegments = route.pattern.split("/");
  const segments = url.pathname.split("/");
  if (segments.length !== patternSegments.length) return { kind: "other-route" };
  const params: Record<string, string> = {};
  for (const [index, part] of patternSegments.entries()) {
    if (!part.startsWith("[")) {
      if (segments[index] !== part) return { kind: "other-route" };
      continue;
    }
    if (segments[index] === "") return { kind: "other-route" };
    try {
      params[part.slice(1, -1)] = decodeURIComponent(segments[index]);
    } catch {
      return { kind: "refused-by-next" };
    }
  }
  const headers = new Headers();
  if (fuzz.cookie !== null) headers.set("cookie", fuzz.cookie);
  return { kind: "handler", request: new Request(url, { method, headers, body }), context: { params: Promise.resolve(params) } };
}

function handlerCall(route: Route, fuzz: FuzzRequest, method = "GET", body?: string) {
  const call = buildCall(route, fuzz, method, body);
  if (call.kind !== "handler") throw new Error(`${route.pattern}: ${describeRequest(fuzz)} is not a call of this route`);
  return call;
}

// ─── Values ───────────────────────────────────────────────────────────────────────────────────

const PAYLOADS = {
  script: "<script>alert(1)</script>",
  img: "<img src=x onerror=alert(1)>",
  svg: '"><svg onload=alert(1)>',
};

const HOSTILE_STRINGS = [
  "", " ", "  \t ", "\u0000", "a\u0000b", "\u0001\u0002\u001f\u007f", "\r\n", "\n", "\u0085", "\u2028\u2029",
  "\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "\u202e", "\u202egpj.exe", "\u200f\u200e", "\ufeff", "\u200b",
  "e\u0301", "😀", "👩🏽‍💻", "🏳️‍🌈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "华为", "昇腾", "ﬀ", "İ", "ß", "\uffff", "\ufffd",
  "%", "_", "%%", "%_%", "\\%", "\\_", "[a-z]", "*", "?", "'", '"', "`", "';--", "' OR '1'='1", '" OR ""="',
  "1; DROP TABLE Claim;--", "1' UNION SELECT * FROM User--", "\\", "/*", "*/", "--", ";",
  PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, "javascript:alert(1)", "data:text/html,<b>x</b>",
  "${7*7}", "{{7*7}}", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
  "../../etc/passwd", "..", ".", "/", "//", "%2F", "%00", "%zz", "%ED%A0%80", "%C0%AF", "%FF%FE", "+", "&", "=", "#", "?", ",", ",,", "a,b,c",
  "-1", "0", "-0", "+1", "1.5", "1.0", "1e3", "1e309", "1E2", "0x10", "0b1", "0o7", "007", " 1", "1 ", "١", "１", "²",
  "NaN", "Infinity", "-Infinity", "9007199254740993", "99999999999999999999999", "999999999", "1000000", "1000001",
  "500", "501", "2147483648", "-2147483649", "4294967296", "true", "false", "null", "undefined", "[]", "{}", "[object Object]",
  "2025-02-30", "2025-13-01", "2025-00-10", "2025-01-32", "0000-00-00", "0000-01-01", "9999-12-31", "10000-01-01",
  "-2025-01-01", "+002025-01-01", "2025-1-1", "2025-01-01T00:00:00Z", "2025-01-01 ", "2025/01/01", "01/02/2025",
  "2024-02-29", "2023-02-29", "1970-01-01", "275760-09-13", "2025-W01", "2025-001", "2025-01", "2025",
];

/** A UTF-16 unit of any kind, lone surrogates included (fast-check's own units leave those out). */
const anyCodeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
);

const pad = (value: number, width: number) => (value < 0 ? "-" : "") + String(Math.abs(value)).padStart(width, "0");

const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 40 }) },
  // huge: 10 000 characters, and lengths around the limits (slug and q: 200)
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("a", "%", "_", "'", "\u0000", "é", "😀", "\ud800", "<", "%25", " "), fc.constantFrom(10_000, 10_001, 2_001, 201))
      .map(([unit, length]) => unit.repeat(length).slice(0, length)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 195, max: 205 }).map((length) => "a".repeat(length)) },
  // numbers
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.integer({ min: -3, max: 600 }), fc.bigInt(), fc.double()).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map((value) => value.toExponential()) },
  // dates, possible and impossible
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: -20, max: 10_020 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
      .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  },
  { weight: 1, arbitrary: fc.date().map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString().slice(0, 10))) },
);

/** Values each known parameter accepts, so that a share of the requests gets past validation. */
type Vocabulary = { valid: Record<string, string[]>; pathValues: Record<string, string[]> };

function validValues(name: string, vocabulary: Vocabulary): string[] {
  return Object.hasOwn(vocabulary.valid, name) ? vocabulary.valid[name] : [];
}

function valueFor(name: string, vocabulary: Vocabulary): fc.Arbitrary<string> {
  const valid = validValues(name, vocabulary);
  return valid.length === 0
    ? hostileValue
    : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 4, arbitrary: hostileValue });
}

const hostileName = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "hasOwnProperty", "toString", "", " ", "page ", "Page", "PAGESIZE", "q[]", "q[0]", "a.b", "%00", "\u0000", "\ud800", "kind\u0000", "é"),
  fc.string({ unit: anyCodeUnit, maxLength: 12 }),
  fc.constant("x".repeat(10_000)),
);

function pairArbitrary(accepted: string[], allNames: string[], vocabulary: Vocabulary): fc.Arbitrary<Pair> {
  const name = fc.oneof(
    ...(accepted.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...accepted) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...allNames) },
    { weight: 1, arbitrary: hostileName },
  );
  return name.chain((chosen) =>
    fc.record({
      name: fc.constant(chosen),
      value: valueFor(chosen, vocabulary),
      encoding: fc.constantFrom<Pair["encoding"]>("escaped", "escaped", "escaped", "raw"),
    }),
  );
}

const cookieArbitrary: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom("", "x", "Fe26.2**", "Fe26.2*1*abc*def*ghi*jkl*0*mno", "%", "a".repeat(5000), "null", "{}", "e30="),
        fc.string({ unit: "grapheme-ascii", maxLength: 60 }).map((value) => value.replace(/[;\r\n\u0000]/g, "")),
      )
      .map((value) => `chipwatch_session=${value}`),
  },
);

function requestArbitrary(route: Route, accepted: string[], allNames: string[], vocabulary: Vocabulary): fc.Arbitrary<FuzzRequest> {
  const pathValues = Object.hasOwn(vocabulary.pathValues, route.collection) ? vocabulary.pathValues[route.collection] : [];
  const param = pathValues.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...pathValues) }, { weight: 2, arbitrary: hostileValue }) : hostileValue;
  const pair = pairArbitrary(accepted, allNames, vocabulary);
  return fc.record({
    params: fc.tuple(...route.params.map(() => param)),
    rawPath: fc.boolean(),
    // several pairs, so repeated and combined parameters come up; sometimes none at all (more
    // often for a route that takes none, so that its path parameter gets through to the query)
    query: fc.oneof(
      { weight: accepted.length > 0 ? 1 : 4, arbitrary: fc.constant<Pair[]>([]) },
      { weight: 6, arbitrary: fc.array(pair, { minLength: 1, maxLength: 5 }) },
      { weight: 1, arbitrary: pair.map((one) => [one, { ...one }]) },
    ),
    cookie: cookieArbitrary,
  });
}

// ─── Checks ───────────────────────────────────────────────────────────────────────────────────

async function expectWellFormed(response: Response, what: string): Promise<number> {
  const { status } = response;
  const body = await response.text();
  expect(status >= 500 || status < 200 || (status >= 300 && status < 400), `${what} answered ${status}: ${body.slice(0, 500)}`).toBe(false);
  const type = response.headers.get("content-type") ?? "";
  if (status >= 400) {
    expect(type, what).toMatch(/^application\/json/);
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    expect(typeof parsed.error?.message, `${what}: ${body.slice(0, 300)}`).toBe("string");
    expect((parsed.error?.message as string).trim().length, what).toBeGreaterThan(0);
  } else if (type.startsWith("application/json")) {
    expect(() => JSON.parse(body), what).not.toThrow();
  } else {
    expect(type, what).toMatch(/^text\/csv/);
  }
  return status;
}

/** Every table's row count and a hash of all its rows: any write anywhere changes it. */
async function snapshot(url: string): Promise<Record<string, { rows: number; sha256: string }>> {
  if (databaseProvider(url) === "postgresql") {
    // PostgreSQL: every model through a client of its own (tests/setup/db-snapshot.ts)
    const db = createPrismaClient(url);
    try {
      return await snapshotDb(db);
    } finally {
      await db.$disconnect();
    }
  }
  const sqlite = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      // the full-text index (ClaimSearch*) is derived from Claim, which is hashed
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ClaimSearch%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all();
        const hash = createHash("sha256");
        for (const row of rows) hash.update(JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? String(value) : value)));
        return [table, { rows: rows.length, sha256: hash.digest("hex") }];
      }),
    );
  } finally {
    sqlite.close();
  }
}

// ─── The database ─────────────────────────────────────────────────────────────────────────────

let t: TestDb;
let before: Awaited<ReturnType<typeof snapshot>>;
let vocabulary: Vocabulary;
const exercised = new Set<string>();

/** Rows whose text and URLs are hostile too: what the API sends back must not trip over them. */
async function insertHostileRows(db: TestDb["db"]) {
  const text = `Un article ${PAYLOADS.script} cite ${PAYLOADS.img} et ${PAYLOADS.svg} fin.`;
  const vendor = await db.company.create({
    data: {
      slug: "fz-vendor",
      name: `Fz ${PAYLOADS.img}`,
      website: "javascript:alert(1)",
      description: PAYLOADS.script,
      roles: { create: [{ role: "chip_vendor" }, { role: "customer" }] },
      aliases: { create: [{ alias: PAYLOADS.svg, normalized: PAYLOADS.svg.toLowerCase() }] },
    },
  });
  const chip = await db.chip.create({
    data: {
      slug: "fz-chip",
      name: `Fz${PAYLOADS.script}`,
      kind: "accelerator",
      vendorId: vendor.id,
      releasedOn: new Date("2025-06-01T00:00:00Z"),
      datePrecision: "day",
      dateSourceName: PAYLOADS.svg,
      dateSourceUrl: "http://[",
      specs: {
        create: [
          { metric: "bf16_tflops", valueNum: 1, sourceName: "Fz", sourceUrl: "javascript:alert(1)", note: "<style>body{display:none}</style>" },
          { metric: "tdp_w", valueNum: 2, sourceName: "Fz", sourceUrl: "http://[" },
          { metric: "memory_gb", valueNum: 3, sourceName: "Fz", sourceUrl: "not a url at all" },
        ],
      },
    },
  });
  const source = await db.source.create({
    data: {
      slug: "fz-source",
      url: "data:text/html,<script>alert(1)</script>",
      title: PAYLOADS.svg,
      publisher: PAYLOADS.img,
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text,
      contentHash: "fz-hash",
    },
  });
  const quoteStart = text.indexOf(PAYLOADS.script);
  await db.claim.create({
    data: {
      slug: "fz-claim",
      kind: "adoption",
      subjectCompanyId: vendor.id,
      sourceId: source.id,
      summary: `=HYPERLINK("javascript:alert(1)") ${PAYLOADS.img}`,
      quote: PAYLOADS.script,
      quoteStart,
      quoteEnd: quoteStart + PAYLOADS.script.length,
      translation: `@SUM(1) ${PAYLOADS.svg}`,
      claimDate: new Date("2025-07-01T00:00:00Z"),
      chips: { create: [{ chipId: chip.id }] },
    },
  });
  await db.exportControlEvent.create({
    data: {
      slug: "fz-event",
      jurisdiction: "US",
      action: "rule",
      title: `-1+1 ${PAYLOADS.script}`,
      date: new Date("2025-07-02T00:00:00Z"),
      datePrecision: "day",
      dateSourceName: PAYLOADS.img,
      dateSourceUrl: "javascript:alert(1)",
      companies: { create: [{ companyId: vendor.id }] },
      chips: { create: [{ chipId: chip.id }] },
      sources: { create: [{ sourceId: source.id, quote: PAYLOADS.script, quoteStart, quoteEnd: quoteStart + PAYLOADS.script.length }] },
    },
  });
}

async function buildVocabulary(db: TestDb["db"]): Promise<Vocabulary> {
  const [companies, chips, claims, events, sources] = await Promise.all([
    db.company.findMany({ select: { id: true, slug: true } }),
    db.chip.findMany({ select: { id: true, slug: true } }),
    db.claim.findMany({ select: { id: true, slug: true } }),
    db.exportControlEvent.findMany({ select: { id: true, slug: true } }),
    db.source.findMany({ select: { id: true, slug: true } }),
  ]);
  const keys = (rows: { id: string; slug: string }[]) => rows.flatMap((row) => [row.slug, row.id]);
  const companySlugs = companies.map((c) => c.slug);
  const chipSlugs = chips.map((c) => c.slug);
  const dates = ["2024-01-01", "2025-03-15", "2025-12-31", "0000-01-01", "9999-12-31", "2024-02-29"];
  const numbers = ["1", "2", "50", "500", "1000000"];
  return {
    valid: {
      company: companySlugs,
      vendor: companySlugs,
      chip: chipSlugs,
      chips: [chipSlugs.slice(0, 3).join(","), chipSlugs.slice(-2).join(",")],
      kind: [...CLAIM_KINDS, ...CHIP_KINDS],
      status: [...CLAIM_STATUSES, ...CHIP_STATUSES, "all"],
      role: [...COMPANY_ROLES],
      jurisdiction: [...JURISDICTIONS],
      format: ["csv", "json"],
      sort: [...CHIP_SORT_KEYS],
      dir: [...SORT_DIRECTIONS],
      from: dates,
      to: dates,
      page: numbers,
      pageSize: numbers,
      q: ["huawei", "Ascend", "%", "_", "a%b", "%_%", "'", PAYLOADS.script, "华为", "😀", "fz"],
    },
    pathValues: {
      companies: keys(companies),
      chips: keys(chips),
      claims: keys(claims),
      events: keys(events),
      sources: keys(sources),
    },
  };
}

/** The parameter names a route accepts, as its own 400 for an unknown one lists them. */
async function acceptedNames(route: Route, routeModule: RouteModule): Promise<string[]> {
  const probe: FuzzRequest = { params: route.params.map(() => "probe"), query: [{ name: "zz_probe", value: "1", encoding: "escaped" }], cookie: null };
  const { request, context } = handlerCall(route, probe);
  const response = await routeModule.GET!(request, context);
  expect(response.status, `${route.pattern} refuses an unknown parameter`).toBe(400);
  const { error } = (await response.json()) as { error: { message: string } };
  const accepted = /\(accepted: ([^)]*)\)/.exec(error.message);
  return accepted ? accepted[1].split(",").map((name) => name.trim()) : [];
}

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  await insertHostileRows(t.db);
  vocabulary = await buildVocabulary(t.db);
  // The fixture's own connection closes: the routes' client is the only one left, and reads.
  await t.db.$disconnect();
  before = await snapshot(t.url);
});

afterAll(async () => {
  await t?.cleanup();
});

// ─── The properties ───────────────────────────────────────────────────────────────────────────

describe("the read API under generated bad input", () => {
  it("finds the routes on disk", () => {
    expect(ROUTES.map((route) => route.pattern)).toEqual(expect.arrayContaining(["/api/v1/claims", "/api/v1/export/claims", "/api/v1/sources/[idOrSlug]"]));
  });

  const allNames = [
    ...new Set(["company", "chip", "chips", "vendor", "kind", "status", "role", "jurisdiction", "format", "sort", "dir", "from", "to", "q", "page", "pageSize"]),
  ];

  it.each(ROUTES.map((route, index) => [route.pattern, route, index] as const))(
    "GET %s: never a 5xx, a reason with every 4xx, no write",
    async (_pattern, route, index) => {
      const routeModule = await loadRoute(route);
      expect(typeof routeModule.GET, `${route.pattern} exports GET`).toBe("function");
      const accepted = await acceptedNames(route, routeModule);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, accepted, [...new Set([...allNames, ...accepted])], vocabulary), async (fuzz) => {
          const call = buildCall(route, fuzz);
          fc.pre(call.kind !== "other-route");
          const status =
            call.kind === "refused-by-next"
              ? 400
              : await expectWellFormed(await routeModule.GET!(call.request, call.context), `GET ${route.pattern} ${describeRequest(fuzz)}`);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
        { seed: SEED + index, numRuns: RUNS_PER_ROUTE },
      );
      // The generator reaches past validation: some requests are answered, some refused.
      expect(statuses.get(200) ?? 0, `${route.pattern} statuses ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
      expect([...statuses.keys()].some((status) => status >= 400), `${route.pattern} statuses ${JSON.stringify([...statuses])}`).toBe(true);
      if (process.env.FUZZ_DEBUG) console.log(route.pattern, JSON.stringify([...statuses].sort()));
      // Names an object already has are unknown parameters like any other, never a crash or a silent pass.
      for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
        const probe = handlerCall(route, { params: route.params.map(() => "probe"), query: [{ name, value: "1", encoding: "escaped" }], cookie: null });
        const response = await routeModule.GET!(probe.request, probe.context);
        expect(response.status, `GET ${route.pattern}?${name}=1`).toBe(400);
        expect(await response.json(), `GET ${route.pattern}?${name}=1`).toMatchObject({ error: { parameter: name } });
      }
      expect(await snapshot(t.url), `${route.pattern} changed the database`).toEqual(before);
      exercised.add(route.pattern);
    },
  );

  it.each(ROUTES.map((route) => [route.pattern, route] as const))(
    "POST, PUT, PATCH and DELETE %s: 405 from Next.js, no write",
    async (_pattern, route) => {
      const routeModule = await loadRoute(route);
      // Next.js answers a method a route file does not export with 405 (autoImplementMethods is its dispatch table).
      const methods = autoImplementMethods(routeModule as never);
      const params = route.params.map(() => "probe");
      for (const method of WRITE_METHODS) {
        expect(routeModule[method], `${route.pattern} exports ${method}`).toBeUndefined();
        for (const body of ['{"summary":"x"}', "a=1&b=2", PAYLOADS.script]) {
          const { request, context } = handlerCall(route, { params, query: [{ name: "kind", value: "order", encoding: "escaped" }], cookie: null }, method, body);
          const response = (await methods[method](request as never, context as never)) as Response;
          expect(response.status, `${method} ${route.pattern}`).toBe(405);
        }
      }
      const preflight = handlerCall(route, { params, query: [], cookie: null }, "OPTIONS");
      const options = (await methods.OPTIONS(preflight.request as never, preflight.context as never)) as Response;
      expect(options.headers.get("allow"), `OPTIONS ${route.pattern}`).toBe("GET, HEAD, OPTIONS");
      expect(await snapshot(t.url), `${route.pattern} changed the database`).toEqual(before);
    },
  );

  it("exercised every route that exports GET", async () => {
    const withGet: string[] = [];
    for (const route of ROUTES) if (typeof (await loadRoute(route)).GET === "function") withGet.push(route.pattern);
    expect(withGet.filter((pattern) => !exercised.has(pattern))).toEqual([]);
  });
});

describe("the reader pages' query parsers under the same input", () => {
  // A page gets its query as Next.js builds it (searchParamsToUrlQuery): on a plain object, so
  // `?constructor=1` arrives as [Object, "1"]. The pages' parsers must report, never throw.
  const PAGE_SCHEMAS: ZodType<unknown>[] = [ChipTableQuerySchema, ChipPageQuerySchema, CompareQuerySchema, TimelineQuerySchema, SourcesQuerySchema, PagingSchema];
  const names = [...new Set(["company", "chip", "chips", "vendor", "kind", "status", "role", "jurisdiction", "sort", "dir", "from", "to", "q", "page", "pageSize"])];
  const inherited = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf", "__defineGetter__"];
  const emptyVocabulary: Vocabulary = { valid: {}, pathValues: {} };

  it("never throw, and name what they ignore", () => {
    const pair = pairArbitrary([...names, ...inherited], names, emptyVocabulary);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), (pairs) => {
        const query = searchParamsToUrlQuery(new URL(`http://localhost/?${queryString(pairs)}`).searchParams) as Record<string, string | string[]>;
        withoutEmptyParams(query);
        const claims = parseClaimsPageParams(query);
        for (const problem of claims.problems) expect(problem.message.length).toBeGreaterThan(0);
        for (const schema of PAGE_SCHEMAS) {
          const { problems } = parsePageSearchParams(schema, schema === CompareQuerySchema ? joinCompareParam(query) : query);
          for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
        }
        parseCompareSelection(typeof query.chips === "string" ? query.chips : undefined);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE * 3 },
    );
  });

  it.each(inherited.filter((name) => name !== "__proto__"))("report ?%s=1 as an unknown parameter", (name) => {
    const query = searchParamsToUrlQuery(new URLSearchParams(`${name}=1`)) as Record<string, string | string[]>;
    expect(parseClaimsPageParams(query).problems).toEqual([expect.objectContaining({ parameter: name, message: expect.stringContaining(`unknown parameter '${name}'`) })]);
    expect(parsePageSearchParams(TimelineQuerySchema, query).problems).toEqual([expect.objectContaining({ parameter: name, message: expect.stringContaining(`unknown parameter '${name}'`) })]);
  });
});
