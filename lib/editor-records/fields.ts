import { z } from "zod";
import { normalizeName } from "@/lib/normalize";

// Field schemas and form plumbing shared by the company, chip and export-control-event forms.
// Pure: no database, no React. The forms run these schemas in the browser before sending, and
// the server actions parse again with the same ones (lib/validation/*-form.ts).

/** Errors keyed by the form field's name ("name", "specs.bf16_tflops.sourceName", "quotes.0.quote"). */
export type RecordFieldErrors = Record<string, string[]>;

/** What a record form shows after the server answered: what was typed, what is wrong, or a conflict. */
export type RecordFormState<Values> = {
  values: Values;
  errors?: RecordFieldErrors;
  /** a message about the whole form, shown above the fields */
  message?: string;
  /** someone else saved the record first: `values` then hold the record as it is now */
  conflict?: { message: string; unsaved: Values };
  /** changes with every answer, so the form re-mounts and shows the answer's values */
  answer?: number;
};

/** Zod issues as errors by field name; the first issue of a path comes first. */
export function issuesToFieldErrors(error: z.ZodError): RecordFieldErrors {
  const errors: RecordFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/** The one message a refused form shows above its fields. */
export const REFUSED_MESSAGE = "Nothing was saved: correct the fields marked below.";

/**
 * A form field's text without NUL characters: no browser sends one (only a crafted request can),
 * and PostgreSQL cannot store or even compare a string that holds one.
 */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

/** A FormData entry as a string ("" when missing or a file), without NUL characters. */
export function formString(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? withoutNul(value) : "";
}

// ─── Slugs ──────────────────────────────────────────────────────────────────────────────────

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;

/** An optional slug: empty means "derive it from the name" (null). */
export const optionalSlugField = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH, { error: `A slug has at most ${MAX_SLUG_LENGTH} characters` })
  .refine((value) => value === "" || SLUG_PATTERN.test(value), {
    error: "A slug is lower-case letters and digits, in words joined by single hyphens (e.g. moore-threads)",
  })
  .transform((value) => value || null);

// ─── Text, URLs, dates, enumerations ────────────────────────────────────────────────────────

export function requiredText(message: string, label: string, max: number) {
  return z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `${label} has at most ${max} characters` });
}

/** Optional text: trimmed, and null when empty. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} has at most ${max} characters` })
    .transform((value) => value || null);
}

/** True for an absolute http: or https: address with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const HTTP_URL_MESSAGE = "Enter a web address starting with http:// or https://";

/** An optional http(s) address: null when empty. */
export function optionalHttpUrl(label: string) {
  return z
    .string()
    .trim()
    .max(2000, { error: `${label} has at most 2000 characters` })
    .refine((value) => value === "" || isHttpUrl(value), { error: HTTP_URL_MESSAGE })
    .transform((value) => value || null);
}

/** True for a real calendar day written YYYY-MM-DD, from 1900 to 2100. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An optional day (YYYY-MM-DD), as a UTC midnight Date; null when empty. */
export const optionalDayField = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDay(value), { error: "Enter a real date from 1900 to 2100, as YYYY-MM-DD" })
  .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));

/** A Date as the YYYY-MM-DD a date input holds; "" for none. */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** One of `values`, required. */
export function requiredChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** One of `values`, or "" for none (null). */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.union([z.literal(""), z.enum(values)], { error: message }).transform((value) => (value === "" ? null : value));
}

/** The version a form was opened at, from its hidden field. */
export const versionField = z.coerce
  .number({ error: "The form lost track of the version it was opened at: reload the page" })
  .int({ error: "The form lost track of the version it was opened at: reload the page" })
  .min(1, { error: "The form lost track of the version it was opened at: reload the page" });

// ─── Names: aliases and lists of names ──────────────────────────────────────────────────────

/**
 * The aliases typed one per line: trimmed, empty lines dropped, and spellings that are the same
 * after normalizeName (case, accents, dashes, spacing) merged into the first one.
 */
export function aliasLines(label: string, maxEach = 200, maxCount = 100) {
  return z
    .string()
    .transform((text) => mergeNames(text.split(/\r?\n/)))
    .refine((aliases) => aliases.every((alias) => alias.length <= maxEach), {
      error: `Each ${label.toLowerCase()} has at most ${maxEach} characters`,
    })
    .refine((aliases) => aliases.length <= maxCount, { error: `At most ${maxCount} ${label.toLowerCase()}` });
}

/** Names trimmed, without empties, without repeats after normalizeName; the first spelling wins. */
export function mergeNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const normalized = normalizeName(name);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    merged.push(name);
  }
  return merged;
}

/** Names typed comma-separated (or one per line), merged like aliases. */
export function nameList(label: string, maxCount = 50) {
  return z
    .string()
    .transform((text) => mergeNames(text.split(/[,\n]/)))
    .refine((names) => names.length <= maxCount, { error: `At most ${maxCount} ${label.toLowerCase()}` });
}

// ─── Countries ──────────────────────────────────────────────────────────────────────────────

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
    "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
    "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
    "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
    "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
    "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

/** An optional ISO 3166-1 alpha-2 country code, upper-cased; null when empty. */
export const optionalCountryField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === "" || ISO_COUNTRY_CODES.has(value), {
    error: "Enter a two-letter ISO 3166 country code, such as CN, US or TW",
  })
  .transform((value) => value || null);

// ─── Conflicts ──────────────────────────────────────────────────────────────────────────────

/** Form values as field name → text: nested objects and rows by dotted name, lists of words joined. */
export function flattenValues(values: unknown, prefix = ""): Record<string, string> {
  if (typeof values === "string") return { [prefix]: values };
  if (Array.isArray(values) && values.every((item) => typeof item === "string")) return { [prefix]: [...values].sort().join(", ") };
  if (values && typeof values === "object") {
    const flat: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) Object.assign(flat, flattenValues(value, prefix ? `${prefix}.${key}` : key));
    return flat;
  }
  return prefix ? { [prefix]: values === null || values === undefined ? "" : String(values) } : {};
}

export type UnsavedChange = { field: string; label: string; yours: string; current: string };

/** The fields where what the editor typed differs from the record as it is now (the version aside). */
export function unsavedChanges(unsaved: unknown, current: unknown, label: (field: string) => string): UnsavedChange[] {
  const yours = flattenValues(unsaved);
  const now = flattenValues(current);
  return [...new Set([...Object.keys(yours), ...Object.keys(now)])]
    .filter((field) => field !== "version" && (yours[field] ?? "").trim() !== (now[field] ?? "").trim())
    .map((field) => ({ field, label: label(field), yours: yours[field] ?? "", current: now[field] ?? "" }));
}

// ─── The editor's record lists ──────────────────────────────────────────────────────────────

/** ?page= and ?q= of /editor/companies, /editor/chips and /editor/events. */
export const EditorListQuerySchema = z.strictObject({
  page: z
    .string()
    .regex(/^\d{1,6}$/, { error: "page must be a whole number" })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: "page must be 1 or more" }))
    .default(1),
  q: z.string().trim().min(1).max(200, { error: "the search has at most 200 characters" }).optional(),
});
