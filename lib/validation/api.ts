import { z } from "zod";
import {
  CHIP_KINDS,
  CHIP_STATUSES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  COMPANY_ROLES,
  DEFAULT_PAGE_SIZE,
  JURISDICTIONS,
  MAX_PAGE_SIZE,
} from "@/lib/constants";

// The query strings of the public read API (app/api/v1) and of the reader pages' filters.
// Every schema is strict: a parameter it does not list is an error, so a typo never silently
// widens a result. Values arrive as strings; a parameter given twice is refused before parsing
// (see parseSearchParams). Each message names the parameter, in words a reader understands.

/** The largest page number accepted: keeps `skip` within what every database accepts. */
export const MAX_PAGE = 1_000_000;
/** Bounds of the free-text search, after trimming. */
export const MAX_SEARCH_LENGTH = 200;

const quoted = (value: unknown) => (typeof value === "string" ? `'${value}'` : String(value));

function wholeNumber(parameter: string, min: number, max: number) {
  const message = `${parameter} must be a whole number from ${min} to ${max}`;
  return z
    .string({ error: message })
    .regex(/^\d{1,9}$/, { error: (issue) => `${message} (got ${quoted(issue.input)})` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }));
}

function oneOf<const T extends readonly [string, ...string[]]>(parameter: string, values: T) {
  return z.enum(values, {
    error: (issue) => `${parameter} must be one of ${values.join(", ")} (got ${quoted(issue.input)})`,
  });
}

/** The earliest day a bound may name: PostgreSQL has no year 0 (ISO 8601's 0000 is 1 BC). */
const EARLIEST_DAY = "0001-01-01";

/**
 * A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). A day of year 0000 is
 * read as 0001-01-01: no record is dated before, and PostgreSQL refuses the year.
 */
function isoDay(parameter: string) {
  return z.iso
    .date({
      error: (issue) => `${parameter} must be a real date written YYYY-MM-DD (got ${quoted(issue.input)})`,
    })
    .transform((day) => (day < EARLIEST_DAY ? EARLIEST_DAY : day));
}

const slug = (parameter: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${parameter} must be a slug such as 'huawei'` })
    .max(200, { error: `${parameter} is too long to be a slug` });

/**
 * Free text, matched as a substring (SQL LIKE through Prisma's `contains`, case-insensitive for
 * ASCII letters on SQLite). Prisma cannot escape LIKE's wildcards (prisma/orm#23611), so in `q`
 * a `%` stands for any run of characters and `_` for any one character.
 */
const searchText = z
  .string()
  .trim()
  .min(1, { error: "q must not be empty" })
  .max(MAX_SEARCH_LENGTH, { error: `q must be at most ${MAX_SEARCH_LENGTH} characters` });

/** page and pageSize, shared by every list. */
export const PagingSchema = z.strictObject({
  page: wholeNumber("page", 1, MAX_PAGE).default(1),
  pageSize: wholeNumber("pageSize", 1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type Paging = z.infer<typeof PagingSchema>;

const paging = PagingSchema.shape;

/** from/to are inclusive; from may not come after to. */
const dateRange = { from: isoDay("from").optional(), to: isoDay("to").optional() };
function fromNotAfterTo(value: { from?: string; to?: string }, ctx: z.core.$RefinementCtx) {
  // YYYY-MM-DD strings sort as the dates they write.
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `from (${value.from}) must not be after to (${value.to})`,
      input: value.from,
    });
  }
}

export const ClaimsQuerySchema = z
  .strictObject({
    company: slug("company").optional(),
    chip: slug("chip").optional(),
    kind: oneOf("kind", CLAIM_KINDS).optional(),
    status: oneOf("status", CLAIM_STATUSES).optional(),
    ...dateRange,
    q: searchText.optional(),
    ...paging,
  })
  .superRefine(fromNotAfterTo);
export type ClaimsQuery = z.infer<typeof ClaimsQuerySchema>;

export const EventsQuerySchema = z
  .strictObject({
    jurisdiction: oneOf("jurisdiction", JURISDICTIONS).optional(),
    company: slug("company").optional(),
    chip: slug("chip").optional(),
    ...dateRange,
    ...paging,
  })
  .superRefine(fromNotAfterTo);
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const ChipsQuerySchema = z.strictObject({
  vendor: slug("vendor").optional(),
  status: oneOf("status", CHIP_STATUSES).optional(),
  kind: oneOf("kind", CHIP_KINDS).optional(),
  q: searchText.optional(),
  ...paging,
});
export type ChipsQuery = z.infer<typeof ChipsQuerySchema>;

export const CompaniesQuerySchema = z.strictObject({
  role: oneOf("role", COMPANY_ROLES).optional(),
  q: searchText.optional(),
  ...paging,
});
export type CompaniesQuery = z.infer<typeof CompaniesQuerySchema>;

export const SourcesQuerySchema = z.strictObject({ ...paging });
export type SourcesQuery = z.infer<typeof SourcesQuerySchema>;

/** One record (/api/v1/<kind>/<slug-or-id>) takes no query parameters. */
export const RecordQuerySchema = z.strictObject({});

export type QueryProblem = { message: string; parameter: string };
export type QueryParseResult<T> = { success: true; data: T } | { success: false; error: QueryProblem };

/** What a query string may arrive as: a URL's search params, or a page's `searchParams` prop. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Parse a query string with one of the schemas above. A parameter given more than once is an
 * error (which value was meant?), and the first problem is reported with the parameter it concerns:
 * unknown parameters first, then the others in the order the schema lists them.
 * `omitEmpty` drops parameters whose value is empty (what a filter form with an "All" option sends).
 */
export function parseSearchParams<Output>(
  schema: z.ZodType<Output>,
  input: SearchParamsInput,
  options: { omitEmpty?: boolean } = {},
): QueryParseResult<Output> {
  // No prototype: `__proto__` or `constructor` in a query string is an unknown parameter like any other.
  const values: Record<string, string> = Object.create(null);
  const entries: [string, string | string[] | undefined][] =
    input instanceof URLSearchParams ? groupEntries(input) : Object.entries(input);
  for (const [name, value] of entries) {
    const given = onlyStrings(value);
    if (given.length !== 1) {
      if (given.length === 0) continue;
      return {
        success: false,
        error: { parameter: name, message: `${name} was given ${given.length} times; give it once` },
      };
    }
    const [single] = given;
    if (options.omitEmpty && single.trim() === "") continue;
    values[name] = single;
  }

  const parsed = schema.safeParse(values);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: describeIssues(parsed.error.issues, schema) };
}

/**
 * A parameter's values, strings only. Next.js builds a page's `searchParams` on a plain object, so
 * `?constructor=1` arrives as `[Object, "1"]` (the inherited value first): that is one value, "1".
 */
export function onlyStrings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((single): single is string => typeof single === "string");
}

function groupEntries(params: URLSearchParams): [string, string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of params) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  return [...grouped];
}

function describeIssues(issues: z.core.$ZodIssue[], schema: z.ZodType): QueryProblem {
  const unknown = issues.find((issue) => issue.code === "unrecognized_keys");
  if (unknown && unknown.code === "unrecognized_keys") {
    const [name] = unknown.keys;
    const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
    const hint = allowed.length > 0 ? ` (accepted: ${allowed.join(", ")})` : " (no parameters are accepted here)";
    return { parameter: name, message: `unknown parameter '${name}'${hint}` };
  }
  const [first] = issues;
  return { parameter: String(first.path[0] ?? ""), message: first.message };
}
