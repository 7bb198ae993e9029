import { z } from "zod";
import {
  CLAIM_KIND_LABELS,
  PUBLIC_CLAIM_STATUSES,
  type ClaimKind,
  type ClaimStatus,
} from "@/lib/constants";
import {
  ClaimsQuerySchema,
  onlyStrings,
  parseSearchParams,
  type QueryProblem,
  type SearchParamsInput,
} from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

// The claims explorer's query string, shared by the page (/claims, forgiving: bad parameters are
// dropped and reported) and its export (/api/v1/export/claims, strict: a bad parameter is a 400).
// The filters themselves are ClaimsQuerySchema's, the API's. Two things differ from the API:
// - `status` is a reader's choice: published (the default, left out of URLs), disputed, or all
//   (published and disputed). Drafts and retracted claims are for editors.
// - the page has a fixed page size and the export has no pages at all.

export const CLAIMS_PAGE_SIZE = 20;

export const READER_STATUS_CHOICES = ["published", "disputed", "all"] as const;
export type ReaderStatusChoice = (typeof READER_STATUS_CHOICES)[number];
export const DEFAULT_READER_STATUS: ReaderStatusChoice = "published";
export const READER_STATUS_LABELS: Record<ReaderStatusChoice, string> = {
  published: "Published",
  disputed: "Disputed",
  all: "Published and disputed",
};

/** The claim statuses a reader's status choice shows. */
export function statusesFor(choice: ReaderStatusChoice): readonly ClaimStatus[] {
  return choice === "all" ? PUBLIC_CLAIM_STATUSES : [choice];
}

export type ClaimsExplorerFilters = {
  company?: string;
  chip?: string;
  kind?: ClaimKind;
  q?: string;
  from?: string;
  to?: string;
  status: ReaderStatusChoice;
};
export type ClaimsPageQuery = ClaimsExplorerFilters & { page: number };

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ClaimsExportQuery = ClaimsExplorerFilters & { format: ExportFormat };

/** A problem with the query string, with the HTTP status the export answers it with. */
export type ClaimsQueryProblem = QueryProblem & { status: 400 | 403 };

const FILTER_PARAMETERS = ["company", "chip", "kind", "status", "q", "from", "to"] as const;
const PAGE_PARAMETERS = [...FILTER_PARAMETERS, "page"] as const;
const EXPORT_PARAMETERS = ["format", ...FILTER_PARAMETERS] as const;

const quoted = (value: string) => `'${value}'`;

const StatusChoiceSchema = z.enum(READER_STATUS_CHOICES, {
  error: (issue) => `status must be one of ${READER_STATUS_CHOICES.join(", ")} (got ${quoted(String(issue.input))})`,
});
const FormatSchema = z.enum(EXPORT_FORMATS, {
  error: (issue) => `format must be one of ${EXPORT_FORMATS.join(", ")} (got ${quoted(String(issue.input))})`,
});

type RawParams = Record<string, string[]>;

/**
 * Every parameter with all its values; empty values dropped (a filter form's "All" option sends them).
 * No prototype: a parameter named `constructor` or `__proto__` is just another unknown name.
 */
function rawParams(input: SearchParamsInput): RawParams {
  const raw: RawParams = Object.create(null);
  const add = (name: string, value: string) => {
    if (value.trim() === "") return;
    (raw[name] ??= []).push(value);
  };
  if (input instanceof URLSearchParams) {
    for (const [name, value] of input) add(name, value);
  } else {
    for (const [name, value] of Object.entries(input)) for (const single of onlyStrings(value)) add(name, single);
  }
  return raw;
}

/** The one value of a parameter, or a problem when it was given more than once. */
function single(raw: RawParams, name: string): { value?: string; problem?: ClaimsQueryProblem } {
  const values = raw[name];
  if (!values) return {};
  if (values.length > 1) {
    return { problem: { status: 400, parameter: name, message: `${name} was given ${values.length} times; give it once` } };
  }
  return { value: values[0] };
}

function parseStatus(raw: RawParams): { status?: ReaderStatusChoice; problem?: ClaimsQueryProblem } {
  const { value, problem } = single(raw, "status");
  if (problem) return { problem };
  if (value === undefined) return { status: DEFAULT_READER_STATUS };
  if (value === "draft" || value === "retracted") {
    return {
      problem: {
        status: 403,
        parameter: "status",
        message: `claims with status '${value}' are for editors only; readers may choose ${READER_STATUS_CHOICES.join(", ")}`,
      },
    };
  }
  const parsed = StatusChoiceSchema.safeParse(value);
  if (parsed.success) return { status: parsed.data };
  return { problem: { status: 400, parameter: "status", message: parsed.error.issues[0].message } };
}

function unknownParameters(raw: RawParams, accepted: readonly string[], note = ""): ClaimsQueryProblem[] {
  return Object.keys(raw)
    .filter((name) => !accepted.includes(name))
    .map((name) => ({
      status: 400 as const,
      parameter: name,
      message: `unknown parameter '${name}' (accepted: ${accepted.join(", ")})${note}`,
    }));
}

function onlyValues(raw: RawParams, names: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => names.includes(name)));
}

/**
 * The page's URL, forgiving: each bad parameter is dropped (its default applies) and reported,
 * so the page renders with defaults and says what it ignored.
 */
export function parseClaimsPageParams(input: SearchParamsInput): {
  data: ClaimsPageQuery;
  problems: QueryProblem[];
} {
  const raw = rawParams(input);
  const problems: QueryProblem[] = unknownParameters(
    raw,
    PAGE_PARAMETERS,
    raw.pageSize ? `; this page always lists ${CLAIMS_PAGE_SIZE} claims at a time` : "",
  );
  const status = parseStatus(raw);
  if (status.problem) problems.push(status.problem);

  const parsed = parsePageSearchParams(ClaimsQuerySchema, onlyValues(raw, ["company", "chip", "kind", "q", "from", "to", "page"]));
  problems.push(...parsed.problems);
  const { company, chip, kind, q, from, to, page } = parsed.data;
  return {
    data: { company, chip, kind, q, from, to, status: status.status ?? DEFAULT_READER_STATUS, page },
    problems: problems.map(({ parameter, message }) => ({ parameter, message })),
  };
}

/** The export's query string, strict: the first problem, with its HTTP status, or the filters and format. */
export function parseClaimsExportParams(
  input: SearchParamsInput,
): { success: true; data: ClaimsExportQuery } | { success: false; error: ClaimsQueryProblem } {
  const raw = rawParams(input);
  const [unknown] = unknownParameters(
    raw,
    EXPORT_PARAMETERS,
    raw.page || raw.pageSize ? "; an export has no pages: it holds every matching claim" : "",
  );
  if (unknown) return { success: false, error: unknown };

  const format = single(raw, "format");
  if (format.problem) return { success: false, error: format.problem };
  const parsedFormat = FormatSchema.safeParse(format.value ?? "csv");
  if (!parsedFormat.success) {
    return { success: false, error: { status: 400, parameter: "format", message: parsedFormat.error.issues[0].message } };
  }

  const status = parseStatus(raw);
  if (status.problem) return { success: false, error: status.problem };

  const parsed = parseSearchParams(ClaimsQuerySchema, onlyValues(raw, ["company", "chip", "kind", "q", "from", "to"]));
  if (!parsed.success) return { success: false, error: { status: 400, ...parsed.error } };
  const { company, chip, kind, q, from, to } = parsed.data;
  return {
    success: true,
    data: { company, chip, kind, q, from, to, status: status.status ?? DEFAULT_READER_STATUS, format: parsedFormat.data },
  };
}

/** The filters as URL parameters, in a fixed order, defaults left out. */
export function claimsSearchParams(filters: ClaimsExplorerFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ["company", "chip", "kind", "q", "from", "to"] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.status !== DEFAULT_READER_STATUS) params.set("status", filters.status);
  if (page > 1) params.set("page", String(page));
  return params;
}

function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The explorer's URL for these filters (and page). */
export function claimsHref(filters: ClaimsExplorerFilters, page = 1): string {
  return withQuery("/claims", claimsSearchParams(filters, page));
}

/** The export of exactly these filters. */
export function claimsExportHref(filters: ClaimsExplorerFilters, format: ExportFormat): string {
  const params = claimsSearchParams(filters);
  return withQuery("/api/v1/export/claims", new URLSearchParams([["format", format], ...params]));
}

/**
 * The same query string without its empty parameters (what a GET filter form sends for "All"),
 * or null when there are none to drop. Every other parameter, good or bad, is kept as it was.
 */
export function withoutEmptyParams(input: Record<string, string | string[] | undefined>): string | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [name, value] of Object.entries(input)) {
    for (const single of onlyStrings(value)) {
      if (single.trim() === "") dropped = true;
      else kept.append(name, single);
    }
  }
  return dropped ? kept.toString() : null;
}

export function kindLabel(kind: string): string {
  return CLAIM_KIND_LABELS[kind as ClaimKind] ?? kind;
}
