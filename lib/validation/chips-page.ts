import { z } from "zod";
import { CHIP_SORT_KEYS, SORT_DIRECTIONS } from "@/lib/specs";
import { ChipsQuerySchema, PagingSchema, type SearchParamsInput } from "@/lib/validation/api";

// The query strings of the chip pages (/chips, /chips/compare, /chips/[slug]) and of the chip
// export. They extend the API's ChipsQuerySchema (same filters, same messages), strict like it.

const quoted = (value: unknown) => (typeof value === "string" ? `'${value}'` : String(value));

function oneOf<const T extends readonly [string, ...string[]]>(parameter: string, values: T) {
  return z.enum(values, {
    error: (issue) => `${parameter} must be one of ${values.join(", ")} (got ${quoted(issue.input)})`,
  });
}

const sorting = {
  sort: oneOf("sort", CHIP_SORT_KEYS).optional(),
  dir: oneOf("dir", SORT_DIRECTIONS).optional(),
};

/** /chips: the API's chip filters and paging, plus a whitelisted sort key and direction. */
export const ChipTableQuerySchema = ChipsQuerySchema.extend(sorting);
export type ChipTableQuery = z.infer<typeof ChipTableQuerySchema>;

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/v1/export/chips: the table's filters and sort (no paging: the export is the whole filter) and a format. */
export const ChipExportQuerySchema = ChipsQuerySchema.omit({ page: true, pageSize: true }).extend({
  ...sorting,
  format: oneOf("format", EXPORT_FORMATS).default("csv"),
});
export type ChipExportQuery = z.infer<typeof ChipExportQuerySchema>;

/** /chips/[slug]: only the page of its claims. */
export const ChipPageQuerySchema = PagingSchema.pick({ page: true });
export type ChipPageQuery = z.infer<typeof ChipPageQuerySchema>;

// ─── /chips/compare ─────────────────────────────────────────────────────────────────────────

export const MIN_COMPARE_CHIPS = 2;
export const MAX_COMPARE_CHIPS = 6;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** /chips/compare: `chips` is a comma-separated list of slugs (see parseCompareSelection). */
export const CompareQuerySchema = z.strictObject({
  chips: z.string().trim().max(2000, { error: "chips is too long" }).optional(),
});

export type CompareSelection = {
  /** distinct slugs in the order given, at most MAX_COMPARE_CHIPS */
  slugs: string[];
  /** entries that cannot be chip slugs (they name no chip) */
  malformed: string[];
  /** well-formed slugs past MAX_COMPARE_CHIPS, left out */
  overLimit: string[];
};

/**
 * The chips to compare, from `?chips=a,b,c`, from repeated `?chips=a&chips=b` (what a form of
 * checkboxes sends), or both mixed: the values are joined into one comma list server-side.
 * Slugs are trimmed and lower-cased; duplicates and empty entries are dropped.
 */
export function joinCompareParam(input: SearchParamsInput): SearchParamsInput {
  const joined: Record<string, string | string[] | undefined> = {};
  const entries =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((key) => [key, input.getAll(key)] as const)
      : Object.entries(input);
  for (const [key, value] of entries) {
    joined[key] = key === "chips" && Array.isArray(value) ? value.join(",") : value;
  }
  return joined;
}

export function parseCompareSelection(chips: string | undefined): CompareSelection {
  const seen = new Set<string>();
  const slugs: string[] = [];
  const malformed: string[] = [];
  const overLimit: string[] = [];
  for (const entry of (chips ?? "").split(",")) {
    const slug = entry.trim().toLowerCase();
    if (slug === "" || seen.has(slug)) continue;
    seen.add(slug);
    if (!SLUG_PATTERN.test(slug)) malformed.push(entry.trim());
    else if (slugs.length >= MAX_COMPARE_CHIPS) overLimit.push(slug);
    else slugs.push(slug);
  }
  return { slugs, malformed, overLimit };
}
