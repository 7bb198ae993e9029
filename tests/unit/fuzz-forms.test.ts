// Generated bad input on every editor form field (issue 7). fast-check builds the FormData a
// hostile or broken browser could post to each form (sources, claims, claim status changes,
// companies, chips with their spec table, export-control events, suggestion dismissals, sign-in):
// 10 000- to 2 000 000-character strings, C0/C1 control characters and NUL, lone surrogates, RTL
// and zero-width marks, emoji and combining sequences, negative, fractional and enormous numbers,
// impossible dates, malformed and hostile URLs, SQL and HTML, files where text is expected,
// repeated and missing fields, mixed with valid values so that runs also get past validation.
//
// 1. Each form's own reading and parsing (what the browser runs and the server action runs again)
//    never throws: it gives a value, or errors each tied to a field of the form, each with a
//    message. Parsed values keep their promises (http(s) URLs only, real dates, no NaN).
//    The schemas also get values of the wrong type altogether (fc.anything()).
// 2. The same input, once parsed, goes through the core writes the server actions call, with a
//    signed-in editor on a throwaway database: no exception escapes (only the write's own
//    refusal), and every refused write leaves the database exactly as it was (every table hashed).
//
// Reproducible: FORMS_FUZZ_SEED replays a failure; FORMS_FUZZ_RUNS multiplies the runs.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { CHIP_KINDS, CHIP_STATUSES, CLAIM_KINDS, COMPANY_ROLES, CONFIDENCES, DATE_PRECISIONS, EVENT_ACTIONS, JURISDICTIONS, SPEC_METRIC_KEYS, SPEC_METRICS } from "@/lib/constants";
import { createChip, updateChip } from "@/lib/editor-records/chips";
import { createCompany, updateCompany } from "@/lib/editor-records/companies";
import { createEvent, updateEvent } from "@/lib/editor-records/events";
import { issuesToFieldErrors } from "@/lib/editor-records/fields";
import { changeClaimStatus, createClaim, updateClaim } from "@/lib/editor/claims";
import { createSource, updateSource } from "@/lib/editor/sources";
import { dismissSuggestion } from "@/lib/editor/suggestions";
import { SignInSchema } from "@/lib/validation/auth";
import { ChipEditSchema, ChipFormSchema, EMPTY_CHIP_VALUES, readChipForm, specFieldName } from "@/lib/validation/chip-form";
import {
  ClaimEditFormSchema,
  claimFormInput,
  claimFormValues,
  ClaimFormSchema,
  ClaimStatusChangeSchema,
  claimStatusChangeInput,
  NEW_CHIP_VENDOR_PREFIX,
} from "@/lib/validation/claim-form";
import { CompanyEditSchema, CompanyFormSchema, EMPTY_COMPANY_VALUES, readCompanyForm } from "@/lib/validation/company-form";
import { EMPTY_EVENT_VALUES, EventEditSchema, EventFormSchema, readEventForm } from "@/lib/validation/event-form";
import { fieldErrorsOf, SourceFormSchema, sourceFormInput, sourceFormValues, SourceMetadataFormSchema } from "@/lib/validation/source-form";
import { DismissSuggestionSchema, dismissSuggestionInput } from "@/lib/validation/suggestions";
import { changedModels, snapshotDb, type DbSnapshot } from "../setup/db-snapshot";
import { createTestDb, type TestDb } from "../setup/test-db";

const SEED = Number(process.env.FORMS_FUZZ_SEED ?? 7_070_707);
const SCALE = Number(process.env.FORMS_FUZZ_RUNS ?? 1);
const PARSE_RUNS = Math.round(400 * SCALE);
const WRITE_RUNS = Math.round(80 * SCALE);

// ─── Generated values ───────────────────────────────────────────────────────────────────────

const FRAGMENTS = [
  "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\u009F", "\r", "\n", "\r\n", "\t",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800", // lone and reversed surrogates
  "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u061C", // bidi controls
  "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", // zero-width, BOM, soft hyphen
  "\u2028", "\u2029", "\u00A0", "\u3000", "\u1680", " ", "  ",
  "👩🏽‍💻", "🏳️‍🌈", "e\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇", "ﷺ", "𒐫", "\uFFFD", "\uFFFE", "\uFFFF",
  "华为", "昇腾910B", "寒武纪", "Ｈｕａｗｅｉ", "ＡＳＣＥＮＤ", "İ", "ß", "ﬁ",
  "'", "\"", "`", "\\", "'; DROP TABLE Claim; --", "%", "_", "%_%", "*", "?", "$1", "${x}", "{{x}}",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#0;", "]]>", "-->",
  "javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd", "//evil.example",
  "http://", "https://", "http://exa mple.org", "https://user:pw@example.org/", "http://[::1", "http://[::1]:99999/",
  "https://例え.jp/パス", "http://xn--/", "HTTPS://EXAMPLE.ORG", "https://example.org/%zz", "http://0x7f.1/", "https:example.org",
  "-1", "0", "-0", "1", "0.5", "1e309", "-1e309", "1e-400", "NaN", "Infinity", "-Infinity", "9007199254740993", "0x10", "1_000",
  "99999999999999999999999", "2147483648", "+1", " 1 ", "１２３",
  "2025-02-30", "2025-13-01", "2025-00-10", "0000-00-00", "1899-12-31", "2101-01-01", "9999-12-31", "+002025-05-13",
  "2025-05-13T00:00:00Z", "2025-5-3", "13/05/2025", "2025-05-13 ", "２０２５-05-13", "3000-01-01",
  "true", "false", "on", "yes", "no", "null", "undefined", "__proto__", "constructor", "[]", "{}", "[object Object]",
];
const HUGE = ["x".repeat(10_001), "华".repeat(6_000), "a\u0000".repeat(3_000), "é".repeat(1_100_000), "z".repeat(2_100_000)];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const hostileText = fc.oneof(
  { weight: 20, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
);

/** How hostile a form is: see formArbitrary. Extra fields (quote rows, roles) are hostile one time in nine when writing. */
type Mode = "parse" | "write";
const WEIGHTS: Record<Mode, { valid: number; hostile: number; text: number }> = {
  parse: { valid: 3, hostile: 2, text: 20 },
  write: { valid: 8, hostile: 1, text: 80 },
};

/** A field: its valid values (placeholders such as @source are filled in per database). */
type Field = { valid: string[] };
const field = (...valid: string[]): Field => ({ valid });

/** A field's value: one of its valid values, or hostile text. */
function value({ valid }: Field, mode: Mode): fc.Arbitrary<string> {
  const w = WEIGHTS[mode];
  return valid.length ? fc.oneof({ weight: w.valid, arbitrary: fc.constantFrom(...valid) }, { weight: w.hostile, arbitrary: hostileText }) : hostileText;
}

/** How a field is posted: as text (mostly), missing, as a file, or twice. */
type Posted = { kind: "text"; value: string } | { kind: "missing" } | { kind: "file"; value: string } | { kind: "twice"; value: string; second: string };
const posted = (text: fc.Arbitrary<string>, mode: Mode): fc.Arbitrary<Posted> =>
  fc.oneof(
    { weight: WEIGHTS[mode].text, arbitrary: text.map((v) => ({ kind: "text" as const, value: v })) },
    { weight: 1, arbitrary: fc.constant({ kind: "missing" as const }) },
    { weight: 1, arbitrary: text.map((v) => ({ kind: "file" as const, value: v })) },
    { weight: 1, arbitrary: fc.tuple(text, hostileText).map(([v, second]) => ({ kind: "twice" as const, value: v, second })) },
  );

type Fields = Record<string, Field>;
/** Fields with generated names (quote rows, "Create …" boxes, roles), for a mode. */
type Extras = (mode: Mode) => fc.Arbitrary<[string, string][]>;
const noExtras: Extras = () => fc.constant([]);

/**
 * The fields a form posts, and its extra fields. To check parsing, each field is generated on its
 * own (about two in five hostile); to reach the database, every field is valid but for up to
 * two hostile ones, so that most runs get past the parser whatever the number of fields.
 */
function formArbitrary(fields: Fields, extras: Extras = noExtras, mode: Mode = "parse"): fc.Arbitrary<Generated> {
  if (mode === "parse") {
    return fc.tuple(
      fc.record(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, posted(value(f, mode), mode)]))),
      extras(mode),
    );
  }
  const names = Object.keys(fields);
  const valid = fc.record(
    Object.fromEntries(names.map((name) => [name, fields[name].valid.length ? fc.constantFrom(...fields[name].valid) : hostileText])),
  );
  const hostile = fc.uniqueArray(fc.tuple(fc.constantFrom(...names), posted(hostileText, "parse")), { maxLength: 2, selector: ([name]) => name });
  return fc.tuple(valid, hostile, extras(mode)).map(([values, overrides, extra]): Generated => {
    const form: Record<string, Posted> = Object.fromEntries(Object.entries(values).map(([name, v]) => [name, { kind: "text", value: v }]));
    for (const [name, entry] of overrides) form[name] = entry;
    return [form, extra];
  });
}
type Generated = [Record<string, Posted>, [string, string][]];

/** The FormData a browser would post; `resolve` turns placeholders (@source, @current…) into this database's values. */
function toFormData([fields, extra]: Generated, resolve: (value: string) => string = (v) => v): FormData {
  const data = new FormData();
  for (const [name, entry] of Object.entries(fields)) {
    if (entry.kind === "missing") continue;
    if (entry.kind === "file") data.append(name, new File([entry.value], "pasted.txt", { type: "text/plain" }));
    else data.append(name, resolve(entry.value));
    if (entry.kind === "twice") data.append(name, entry.second);
  }
  for (const [name, v] of extra) data.append(name, resolve(v));
  return data;
}

function describeSample(sample: Generated): string {
  return JSON.stringify(sample, (_key, value) => (typeof value === "string" && value.length > 80 ? `${value.slice(0, 40)}…(${value.length} chars)` : value));
}

// ─── What every parse must give ─────────────────────────────────────────────────────────────

/** A failed parse: every issue has a message, and a path that names a field of the form. */
function expectFieldErrors(error: z.ZodError, formFields: readonly string[], what: string) {
  expect(error.issues.length, what).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(typeof issue.message === "string" && issue.message.trim().length > 0, `${what}: an issue without a message: ${JSON.stringify(issue)}`).toBe(true);
    expect(formFields, `${what}: an issue not tied to a field: ${JSON.stringify(issue.path)} ${issue.message}`).toContain(String(issue.path[0]));
  }
  // what the actions turn them into, and what the forms show
  for (const [key, messages] of Object.entries(issuesToFieldErrors(error))) {
    expect(messages?.length, `${what}: ${key}`).toBeGreaterThan(0);
  }
  expect(Object.keys(fieldErrorsOf(error)).length, what).toBeGreaterThan(0);
}

/** Values that parsed must keep the schemas' promises, and be storable in SQLite and PostgreSQL alike. */
function expectSaneValue(value: unknown, path = "", notStored: readonly string[] = []): void {
  if (value instanceof Date) {
    expect(Number.isNaN(value.getTime()), `${path}: an invalid Date`).toBe(false);
    return;
  }
  if (typeof value === "number") {
    expect(Number.isFinite(value), `${path}: ${value}`).toBe(true);
    return;
  }
  if (typeof value === "string") {
    // PostgreSQL cannot store a NUL: the form readers drop them (lib/editor-records/fields.ts withoutNul)
    if (!notStored.includes(path)) expect(value.includes("\u0000"), `${path}: a NUL character got through`).toBe(false);
    if (/(^|\.)(url|website|dateSourceUrl|sourceUrl)$/i.test(path)) expect(value, path).toMatch(/^https?:\/\/[^/]/i);
    return;
  }
  if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) expectSaneValue(inner, path ? `${path}.${key}` : key, notStored);
}

/** `notStored`: fields that never reach the database (a password is only hashed), so any character may stay in them. */
function parseCheck(
  what: string,
  formFields: readonly string[],
  result: { success: boolean; data?: unknown; error?: z.ZodError },
  notStored: readonly string[] = [],
) {
  if (result.success) expectSaneValue(result.data, "", notStored);
  else expectFieldErrors(result.error!, formFields, what);
}

// ─── The forms ──────────────────────────────────────────────────────────────────────────────

const SOURCE_FIELDS: Fields = {
  url: field("", "https://example.org/news/ascend", "http://example.org/a?b=1#c"),
  title: field("An article", "Une dépêche"),
  publisher: field("", "Example Wire"),
  author: field("", "A. Writer"),
  language: field("en", "fr", "zh-Hans", "zh-hant"),
  publishedOn: field("", "2025-05-13", "2024-02-29"),
  notes: field(""),
  text: field("Huawei ships Ascend 910B chips to a Shenzhen operator.", "华为向深圳一家运营商交付了昇腾910B芯片。"),
};
const QUOTE = "Huawei aurait livré plusieurs milliers de puces Ascend 910B";
const ARTICLE = `Selon une note imaginaire, ${QUOTE} à un opérateur de Shenzhen.`;
const CLAIM_FIELDS: Fields = {
  sourceId: field("@source"),
  company: field("Huawei", "华为", "huawei", "Huawei Technologies"),
  otherCompanies: field("", "Acme Buyer (customer)", "Huawei (vendor)"),
  chips: field("Ascend 910B", "", "ascend 910b, Ascend 910B"),
  kind: field(...CLAIM_KINDS),
  summary: field("Huawei ships chips."),
  quote: field(QUOTE, ` ${QUOTE} `, "Huawei aurait livré", "puces Ascend 910B à un opérateur"),
  translation: field(""),
  claimDate: field("", "2025-05-13"),
  confidence: field(...CONFIDENCES),
  note: field(""),
  publishNow: field("", "on"),
};
/** "Create company/chip …" boxes and the new chips' vendors, with generated names. */
const claimExtras: Extras = (mode) =>
  fc.array(
    fc.oneof(
      value(field("Acme Buyer"), mode).map((name): [string, string] => ["createCompany", name]),
      value(field("Ascend 910B", "Kunlun P900"), mode).map((name): [string, string] => ["createChip", name]),
      fc
        .tuple(value(field("Kunlun P900"), mode), value(field("@vendor"), mode))
        .map(([name, vendor]): [string, string] => [`${NEW_CHIP_VENDOR_PREFIX}${name}`, vendor]),
    ),
    { maxLength: 4 },
  );
const STATUS_FIELDS: Fields = {
  claimId: field("@claim"),
  version: field("@current"),
  transition: field("publish", "retract", "dispute", "restore"),
  note: field("", "Disputed by the vendor."),
};
const COMPANY_FIELDS: Fields = {
  name: field("Moore Threads", "Biren", "华为"),
  slug: field("", "moore-threads"),
  nameZh: field("", "摩尔线程"),
  aliases: field("", "MThreads\nMTT"),
  country: field("", "CN", "us", "TW"),
  website: field("", "https://www.mthreads.com"),
  description: field(""),
};
const companyExtras: Extras = (mode) =>
  fc.array(value(field(...COMPANY_ROLES), mode).map((role): [string, string] => ["roles", role]), { minLength: mode === "write" ? 1 : 0, maxLength: 3 });
const CHIP_FIELDS: Fields = {
  name: field("Ascend 920", "MTT S5000"),
  slug: field("", "ascend-920"),
  vendor: field("huawei", "Huawei", "华为"),
  nameZh: field(""),
  aliases: field(""),
  family: field("", "Ascend"),
  kind: field(...CHIP_KINDS),
  status: field("", ...CHIP_STATUSES),
  announcedOn: field("", "2024-03-01"),
  releasedOn: field("", "2025-01-15"),
  datePrecision: field("", ...DATE_PRECISIONS),
  dateSourceName: field("", "Vendor press release"),
  dateSourceUrl: field("", "https://example.org/press"),
  processNode: field("", "7 nm"),
  foundry: field("", "SMIC"),
  description: field(""),
  ...Object.fromEntries(
    SPEC_METRIC_KEYS.flatMap((metric) => [
      [specFieldName(metric, "value"), field("", "", ...{ number: ["256", "1.5e3", "0.75"], boolean: ["yes", "no"], text: ["HBM3", "HCCS"] }[SPEC_METRICS[metric].type])],
      [specFieldName(metric, "sourceName"), field("Epoch AI")],
      [specFieldName(metric, "sourceUrl"), field("", "https://epoch.ai/data")],
      [specFieldName(metric, "licence"), field("", "CC BY 4.0")],
      [specFieldName(metric, "note"), field("")],
    ]),
  ),
};
const EVENT_FIELDS: Fields = {
  title: field("New export rule", "出口管制"),
  slug: field(""),
  jurisdiction: field(...JURISDICTIONS),
  authority: field("", "BIS"),
  action: field(...EVENT_ACTIONS),
  date: field("", "2023-10-17"),
  effectiveDate: field("", "2023-11-16"),
  datePrecision: field("", ...DATE_PRECISIONS),
  dateSourceName: field("", "Federal Register"),
  dateSourceUrl: field("", "https://www.federalregister.gov/"),
  description: field(""),
  companies: field("", "Huawei", "huawei, 华为"),
  chips: field("", "Ascend 910B"),
};
/** Quote rows with generated indexes (0, 3, 999, 1000000…) and generated names. */
const eventExtras: Extras = (mode) =>
  fc.array(
    fc
      .tuple(
        mode === "write" ? fc.oneof({ weight: 10, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.constantFrom(30, 999, 1_000_000) }) : fc.oneof(fc.nat(3), fc.nat(30), fc.constantFrom(999, 1000, 1_000_000)),
        value(field("@source"), mode),
        value(field(QUOTE, "Huawei aurait livré"), mode),
      )
      // a row: both of its fields, or (rarely when writing) one alone
      .chain(([index, sourceId, quote]) =>
        fc.constantFrom<[string, string][]>(
          [[`quotes.${index}.sourceId`, sourceId], [`quotes.${index}.quote`, quote]],
          [[`quotes.${index}.sourceId`, sourceId], [`quotes.${index}.quote`, quote]],
          [[`quotes.${index}.quote`, quote]],
          [[`quotes.${index}.sourceId`, sourceId]],
        ),
      ),
    { maxLength: 4 },
  ).map((rows) => rows.flat());
const DISMISS_FIELDS: Fields = {
  sourceId: field("@source"),
  kind: field("claim", "event"),
  start: field("0", "27"),
  end: field("10", "86", String(ARTICLE.length), String(ARTICLE.length + 1)),
};
const SIGN_IN_FIELDS: Fields = { email: field("editor@chipwatch.local", "ED@X.ORG "), password: field("chipwatch-demo"), next: field("/editor", "//evil.example") };

const SOURCE_NAMES = [...Object.keys(SOURCE_FIELDS)];
const CLAIM_NAMES = [...Object.keys(CLAIM_FIELDS), "createCompanies", "createChips", "newChipVendors"];
const COMPANY_NAMES = [...Object.keys(COMPANY_FIELDS), "roles"];
const CHIP_NAMES = [...Object.keys(EMPTY_CHIP_VALUES)];
const EVENT_NAMES = [...Object.keys(EMPTY_EVENT_VALUES)];

// ─── 1. Reading and parsing never throws ────────────────────────────────────────────────────

describe("every form's fields, parsed as the browser and the server action parse them", () => {
  const options = { numRuns: PARSE_RUNS, seed: SEED };
  const parses: { name: string; arbitrary: fc.Arbitrary<Generated>; check: (data: FormData) => void }[] = [
    {
      name: "source (new)",
      arbitrary: formArbitrary(SOURCE_FIELDS),
      check: (data) => parseCheck("source", SOURCE_NAMES, SourceFormSchema.safeParse(sourceFormInput(sourceFormValues(data)))),
    },
    {
      name: "source (edit)",
      arbitrary: formArbitrary({ ...SOURCE_FIELDS, version: field("1", "2") }),
      check: (data) => parseCheck("source edit", [...SOURCE_NAMES, "version"], SourceMetadataFormSchema.safeParse(sourceFormInput(sourceFormValues(data)))),
    },
    {
      name: "claim (new)",
      arbitrary: formArbitrary(CLAIM_FIELDS, claimExtras),
      check: (data) => parseCheck("claim", CLAIM_NAMES, ClaimFormSchema.safeParse(claimFormInput(claimFormValues(data)))),
    },
    {
      name: "claim (edit)",
      arbitrary: formArbitrary({ ...CLAIM_FIELDS, version: field("1") }, claimExtras),
      check: (data) => parseCheck("claim edit", [...CLAIM_NAMES, "version"], ClaimEditFormSchema.safeParse(claimFormInput(claimFormValues(data)))),
    },
    {
      name: "claim status change",
      arbitrary: formArbitrary({ ...STATUS_FIELDS, version: field("1", "2") }),
      check: (data) => parseCheck("status", Object.keys(STATUS_FIELDS), ClaimStatusChangeSchema.safeParse(claimStatusChangeInput(data))),
    },
    {
      name: "company",
      arbitrary: formArbitrary({ ...COMPANY_FIELDS, version: field("1") }, companyExtras),
      check: (data) => {
        parseCheck("company", COMPANY_NAMES, CompanyFormSchema.safeParse(readCompanyForm(data)));
        parseCheck("company edit", [...COMPANY_NAMES, "version"], CompanyEditSchema.safeParse(readCompanyForm(data)));
      },
    },
    {
      name: "chip, with every spec row",
      arbitrary: formArbitrary({ ...CHIP_FIELDS, version: field("1") }),
      check: (data) => {
        parseCheck("chip", CHIP_NAMES, ChipFormSchema.safeParse(readChipForm(data)));
        parseCheck("chip edit", CHIP_NAMES, ChipEditSchema.safeParse(readChipForm(data)));
      },
    },
    {
      name: "export-control event, with its quote rows",
      arbitrary: formArbitrary({ ...EVENT_FIELDS, version: field("1") }, eventExtras),
      check: (data) => {
        parseCheck("event", EVENT_NAMES, EventFormSchema.safeParse(readEventForm(data)));
        parseCheck("event edit", EVENT_NAMES, EventEditSchema.safeParse(readEventForm(data)));
      },
    },
    {
      name: "suggestion dismissal",
      arbitrary: formArbitrary(DISMISS_FIELDS),
      check: (data) => parseCheck("dismiss", Object.keys(DISMISS_FIELDS), DismissSuggestionSchema.safeParse(dismissSuggestionInput(data))),
    },
    {
      name: "sign-in",
      arbitrary: formArbitrary(SIGN_IN_FIELDS),
      check: (data) =>
        parseCheck(
          "sign-in",
          Object.keys(SIGN_IN_FIELDS),
          SignInSchema.safeParse({ email: data.get("email") ?? "", password: data.get("password") ?? "", next: data.get("next") ?? undefined }),
          // the password is only hashed, and `next` only goes through safeNextPath
          ["password", "next"],
        ),
    },
  ];

  it.each(parses.map((p) => [p.name, p] as const))("%s: a value or field errors with messages, never an exception", (name, { arbitrary, check }) => {
    fc.assert(
      fc.property(arbitrary, (sample) => {
        check(toFormData(sample));
      }),
      // the chip form has 67 fields: fewer runs, as many values
      { ...options, numRuns: name.startsWith("chip") ? Math.ceil(options.numRuns / 2) : options.numRuns },
    );
  });

  it("the schemas given values of the wrong type altogether: refused with messages, never an exception", () => {
    const schemas = [
      SourceFormSchema, SourceMetadataFormSchema, ClaimFormSchema, ClaimEditFormSchema, ClaimStatusChangeSchema, CompanyFormSchema,
      CompanyEditSchema, ChipFormSchema, ChipEditSchema, EventFormSchema, EventEditSchema, DismissSuggestionSchema, SignInSchema,
    ];
    const wrongTypes = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }),
      fc.dictionary(fc.constantFrom("name", "title", "url", "version", "roles", "quotes", "specs", "sourceId", "__proto__"), fc.anything()),
    );
    fc.assert(
      fc.property(wrongTypes, fc.constantFrom(...schemas), (value, schema) => {
        const result = (schema as z.ZodType).safeParse(value);
        if (!result.success) for (const issue of result.error.issues) expect(issue.message.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: PARSE_RUNS * 3, seed: SEED },
    );
  });
});

// ─── 2. Through the core writes, on a database ──────────────────────────────────────────────

describe("the same input through the core writes the server actions call, as a signed-in editor", () => {
  let t: TestDb;
  let editor: { id: string };
  const ids = {} as Record<"source" | "claim" | "vendor" | "company" | "chip" | "event", string>;
  let current: DbSnapshot;
  const outcomes: Record<string, { unparsed: number; refused: number; saved: number }> = {};

  beforeAll(async () => {
    t = await createTestDb();
    editor = await t.db.user.create({ data: { email: "fuzz-forms@chipwatch.test", role: "editor" } });
    const vendor = await createCompany(t.db, editor, CompanyFormSchema.parse({ ...EMPTY_COMPANY_VALUES, name: "Huawei", aliases: "华为\nHuawei Technologies", roles: ["chip_vendor"] }));
    const company = await createCompany(t.db, editor, CompanyFormSchema.parse({ ...EMPTY_COMPANY_VALUES, name: "Baidu", roles: ["customer"] }));
    const chip = await createChip(t.db, editor, ChipFormSchema.parse({ ...EMPTY_CHIP_VALUES, name: "Ascend 910B", vendor: "huawei", kind: "accelerator" }));
    const source = await createSource(t.db, editor, SourceFormSchema.parse(sourceFormInput({ title: "Note imaginaire", language: "fr", text: ARTICLE })));
    if (!vendor.ok || !company.ok || !chip.ok || !source.ok) throw new Error("fixtures refused");
    Object.assign(ids, { vendor: vendor.record.id, company: company.record.id, chip: chip.record.id, source: source.source.id });
    const claim = await createClaim(
      t.db,
      editor,
      ClaimFormSchema.parse(claimFormInput({ sourceId: ids.source, company: "Huawei", chips: "Ascend 910B", kind: "supply", summary: "A fixture.", quote: QUOTE })),
    );
    const event = await createEvent(
      t.db,
      editor,
      EventFormSchema.parse({ ...EMPTY_EVENT_VALUES, title: "A fixture rule", jurisdiction: "US", action: "rule", quotes: [{ sourceId: ids.source, quote: QUOTE }] }),
    );
    if (!claim.ok || !event.ok) throw new Error("fixtures refused");
    ids.claim = claim.claim.id;
    ids.event = event.record.id;
    current = await snapshotDb(t.db);
  });
  afterAll(async () => {
    if (Object.keys(outcomes).length) console.info("form fuzzing outcomes (runs not parsed / refused by the write / saved):", outcomes);
    await t?.cleanup();
  });

  async function versionOf(kind: "source" | "claim" | "company" | "chip" | "event"): Promise<string> {
    const where = { where: { id: ids[kind] }, select: { version: true } };
    const row =
      kind === "source" ? await t.db.source.findUnique(where)
      : kind === "claim" ? await t.db.claim.findUnique(where)
      : kind === "company" ? await t.db.company.findUnique(where)
      : kind === "chip" ? await t.db.chip.findUnique(where)
      : await t.db.exportControlEvent.findUnique(where);
    return String(row?.version ?? 1);
  }

  /** Placeholders in generated values become this database's ids and the record's current version. */
  async function resolver(kind?: "source" | "claim" | "company" | "chip" | "event") {
    const version = kind ? await versionOf(kind) : "1";
    return (value: string) =>
      value.replaceAll("@source", ids.source).replaceAll("@claim", ids.claim).replaceAll("@vendor", ids.vendor).replaceAll("@current", version);
  }

  type Refusal = { ok: false } & Record<string, unknown>;
  type Attempt = { parsed: false } | { parsed: true; result: { ok: true } | Refusal };

  /** A refusal says why: a message, field errors, or a version conflict. */
  function expectReason(result: Refusal, what: string) {
    const text = JSON.stringify(result);
    expect(/"message":"[^"]+"|"errors":\{"[^"]+":\["[^"]+|"kind":"conflict"/.test(text), `${what}: a refusal without a reason: ${text.slice(0, 300)}`).toBe(true);
  }

  async function fuzzWrites(name: string, arbitrary: fc.Arbitrary<Generated>, attempt: (sample: Generated) => Promise<Attempt>) {
    const tally = (outcomes[name] = { unparsed: 0, refused: 0, saved: 0 });
    await fc.assert(
      fc.asyncProperty(arbitrary, async (sample) => {
        const what = `${name} ${describeSample(sample)}`;
        const outcome = await attempt(sample);
        if (!outcome.parsed) {
          tally.unparsed++;
          return;
        }
        const after = await snapshotDb(t.db);
        if (outcome.result.ok) {
          tally.saved++;
          current = after;
          return;
        }
        tally.refused++;
        expectReason(outcome.result, what);
        expect(changedModels(current, after), `${what}: a refused write changed the database`).toEqual([]);
      }),
      { numRuns: WRITE_RUNS, seed: SEED, endOnFailure: true },
    );
    // the runs reached the database, and some got past every check
    expect(tally.refused + tally.saved, `${name}: runs that reached the write`).toBeGreaterThan(WRITE_RUNS / 10);
  }

  const versionOfForm = (parsed: { version: number }) => parsed.version;
  const writeForm = (fields: Fields, extras: Extras = noExtras) => formArbitrary(fields, extras, "write");

  it("sources: create and edit", async () => {
    await fuzzWrites("createSource", writeForm(SOURCE_FIELDS), async (sample) => {
      const parsed = SourceFormSchema.safeParse(sourceFormInput(sourceFormValues(toFormData(sample))));
      return parsed.success ? { parsed: true, result: await createSource(t.db, editor, parsed.data) } : { parsed: false };
    });
    await fuzzWrites("updateSource", writeForm({ ...SOURCE_FIELDS, version: field("@current") }), async (sample) => {
      const parsed = SourceMetadataFormSchema.safeParse(sourceFormInput(sourceFormValues(toFormData(sample, await resolver("source")))));
      return parsed.success ? { parsed: true, result: await updateSource(t.db, editor, ids.source, parsed.data) } : { parsed: false };
    });
  }, 60_000);

  it("claims: create, edit and status changes", async () => {
    await fuzzWrites("createClaim", writeForm(CLAIM_FIELDS, claimExtras), async (sample) => {
      const parsed = ClaimFormSchema.safeParse(claimFormInput(claimFormValues(toFormData(sample, await resolver()))));
      return parsed.success ? { parsed: true, result: await createClaim(t.db, editor, parsed.data) } : { parsed: false };
    });
    await fuzzWrites("updateClaim", writeForm({ ...CLAIM_FIELDS, version: field("@current") }, claimExtras), async (sample) => {
      const values = claimFormValues(toFormData(sample, await resolver("claim")));
      const parsed = ClaimEditFormSchema.safeParse(claimFormInput(values));
      return parsed.success ? { parsed: true, result: await updateClaim(t.db, editor, ids.claim, parsed.data, values) } : { parsed: false };
    });
    await fuzzWrites("changeClaimStatus", writeForm(STATUS_FIELDS), async (sample) => {
      const parsed = ClaimStatusChangeSchema.safeParse(claimStatusChangeInput(toFormData(sample, await resolver("claim"))));
      return parsed.success ? { parsed: true, result: await changeClaimStatus(t.db, editor, parsed.data) } : { parsed: false };
    });
  }, 60_000);

  it("companies, chips and events: create and edit", async () => {
    await fuzzWrites("createCompany", writeForm(COMPANY_FIELDS, companyExtras), async (sample) => {
      const parsed = CompanyFormSchema.safeParse(readCompanyForm(toFormData(sample)));
      return parsed.success ? { parsed: true, result: await createCompany(t.db, editor, parsed.data) } : { parsed: false };
    });
    await fuzzWrites("updateCompany", writeForm({ ...COMPANY_FIELDS, name: field("Baidu", "百度"), slug: field("", "baidu"), version: field("@current") }, companyExtras), async (sample) => {
      const parsed = CompanyEditSchema.safeParse(readCompanyForm(toFormData(sample, await resolver("company"))));
      return parsed.success ? { parsed: true, result: await updateCompany(t.db, editor, ids.company, versionOfForm(parsed.data), parsed.data) } : { parsed: false };
    });
    await fuzzWrites("createChip", writeForm(CHIP_FIELDS), async (sample) => {
      const parsed = ChipFormSchema.safeParse(readChipForm(toFormData(sample)));
      return parsed.success ? { parsed: true, result: await createChip(t.db, editor, parsed.data) } : { parsed: false };
    });
    await fuzzWrites("updateChip", writeForm({ ...CHIP_FIELDS, name: field("Ascend 910B", "Ascend 910 B"), slug: field("", "ascend-910b"), version: field("@current") }), async (sample) => {
      const parsed = ChipEditSchema.safeParse(readChipForm(toFormData(sample, await resolver("chip"))));
      return parsed.success ? { parsed: true, result: await updateChip(t.db, editor, ids.chip, versionOfForm(parsed.data), parsed.data) } : { parsed: false };
    });
    await fuzzWrites("createEvent", writeForm(EVENT_FIELDS, eventExtras), async (sample) => {
      const parsed = EventFormSchema.safeParse(readEventForm(toFormData(sample, await resolver())));
      return parsed.success ? { parsed: true, result: await createEvent(t.db, editor, parsed.data) } : { parsed: false };
    });
    await fuzzWrites("updateEvent", writeForm({ ...EVENT_FIELDS, title: field("A fixture rule", "出口管制 2"), version: field("@current") }, eventExtras), async (sample) => {
      const parsed = EventEditSchema.safeParse(readEventForm(toFormData(sample, await resolver("event"))));
      return parsed.success ? { parsed: true, result: await updateEvent(t.db, editor, ids.event, versionOfForm(parsed.data), parsed.data) } : { parsed: false };
    });
  }, 60_000);

  it("suggestion dismissals", async () => {
    await fuzzWrites("dismissSuggestion", writeForm(DISMISS_FIELDS), async (sample) => {
      const parsed = DismissSuggestionSchema.safeParse(dismissSuggestionInput(toFormData(sample, await resolver())));
      return parsed.success ? { parsed: true, result: await dismissSuggestion(t.db, editor.id, parsed.data) } : { parsed: false };
    });
  }, 60_000);
});
