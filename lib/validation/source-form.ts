import { z } from "zod";
import { withoutNul } from "@/lib/editor-records/fields";

// The source forms (/editor/sources/new and /editor/sources/[id]/edit): one schema each, used by
// the form in the browser before it submits and by the server action, which always parses again.
// Pure: no database, no Node-only API, so it runs on both sides.

/** The largest article text accepted, in bytes of UTF-8. */
export const MAX_SOURCE_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_URL_LENGTH = 2048;

/** Languages offered by the "Language" select; any other BCP 47 tag is accepted when posted. */
export const COMMON_LANGUAGES = [
  { value: "en", label: "English (en)" },
  { value: "fr", label: "French (fr)" },
  { value: "zh", label: "Chinese (zh)" },
  { value: "zh-Hans", label: "Chinese, simplified (zh-Hans)" },
  { value: "zh-Hant", label: "Chinese, traditional (zh-Hant)" },
  { value: "ja", label: "Japanese (ja)" },
  { value: "ko", label: "Korean (ko)" },
  { value: "de", label: "German (de)" },
  { value: "es", label: "Spanish (es)" },
  { value: "it", label: "Italian (it)" },
  { value: "nl", label: "Dutch (nl)" },
  { value: "pt", label: "Portuguese (pt)" },
  { value: "ru", label: "Russian (ru)" },
] as const;

// C0 controls except tab (09) and line feed (0A), DEL and the C1 controls. Carriage returns are
// turned into line feeds before the check (browsers submit a textarea's line breaks as CRLF).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Line breaks as line feeds, and no blank edges: the text as it is stored and hashed. */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Empty (after trimming) becomes null; otherwise at most `max` characters. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .transform((value) => (value === "" ? null : value));
}

/** Today's date (UTC) plus one day, as YYYY-MM-DD: the latest date accepted as "not in the future" wherever the editor is. */
function latestAcceptedDay(now = new Date()): string {
  return new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD calendar date that exists, as midnight UTC. */
export function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** An optional date (the `<input type="date">` value): empty → null; a real day, not in the future. */
export function optionalPastDay(messages: { invalid: string; future: string }) {
  return z
    .string()
    .trim()
    .refine((value) => value === "" || parseDay(value) !== null, { error: messages.invalid })
    .refine((value) => value === "" || parseDay(value) === null || value <= latestAcceptedDay(), {
      error: messages.future,
    })
    .transform((value) => (value === "" ? null : parseDay(value)));
}

const URL_MESSAGE = "Enter the article's web address, starting with http:// or https://";

/** Optional web address: only http and https (never javascript:, data:, ftp: …), stored in its normal form. */
export const SourceUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, { error: `A web address has at most ${MAX_URL_LENGTH} characters` })
  .transform((value, ctx) => {
    if (value === "") return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: URL_MESSAGE });
      return z.NEVER;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
      ctx.addIssue({ code: "custom", message: URL_MESSAGE });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Leave the user name and password out of the web address" });
      return z.NEVER;
    }
    return url.href;
  });

/** A BCP 47 language tag such as fr, en or zh-Hans, in its canonical case. */
export const LanguageSchema = z
  .string()
  .trim()
  .min(1, { error: "Choose the article's language", abort: true })
  .max(35, { error: "Use a language code such as fr, en or zh-Hans" })
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: "Use a language code such as fr, en or zh-Hans" })
  .transform((value, ctx) => {
    try {
      return Intl.getCanonicalLocales(value)[0] ?? value;
    } catch {
      ctx.addIssue({ code: "custom", message: "Use a language code such as fr, en or zh-Hans" });
      return z.NEVER;
    }
  });

const sourceMetadataFields = {
  url: SourceUrlSchema,
  title: z
    .string()
    .trim()
    .min(1, { error: "Enter the article's title" })
    .max(300, { error: "A title has at most 300 characters" }),
  publisher: optionalText(200, "A publisher's name has at most 200 characters"),
  author: optionalText(200, "An author's name has at most 200 characters"),
  language: LanguageSchema,
  publishedOn: optionalPastDay({
    invalid: "Enter the publication date as a date, e.g. 2025-05-13",
    future: "A publication date cannot be in the future",
  }),
  notes: optionalText(2000, "Notes have at most 2,000 characters"),
};

export const ArticleTextSchema = z
  .string()
  .transform(normaliseArticleText)
  .refine((text) => text.length > 0, { error: "Paste the article's text" })
  .refine((text) => utf8Length(text) <= MAX_SOURCE_TEXT_BYTES, { error: "The article text is larger than 2 MB" })
  .refine((text) => !CONTROL_CHARACTERS.test(text), {
    error: "The article text contains control characters (only tabs and line breaks are allowed): paste it as plain text",
  });

export const SourceFormSchema = z.object({ ...sourceMetadataFields, text: ArticleTextSchema });
export type SourceForm = z.infer<typeof SourceFormSchema>;

/** Editing a source changes its details, never its text: claims' quote offsets point into that text. */
export const SourceMetadataFormSchema = z.object({
  ...sourceMetadataFields,
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
});
export type SourceMetadataForm = z.infer<typeof SourceMetadataFormSchema>;

export const SOURCE_FORM_FIELDS = ["url", "title", "publisher", "author", "language", "publishedOn", "notes", "text"] as const;
export type SourceFormField = (typeof SOURCE_FORM_FIELDS)[number];
export type SourceFormValues = Partial<Record<SourceFormField | "version", string>>;

/**
 * What the form posted, as strings: what the schemas parse and what a refused form shows again.
 * NUL characters are dropped from the details; the article text keeps them, for ArticleTextSchema
 * to refuse it as binary.
 */
export function sourceFormValues(formData: FormData): SourceFormValues {
  const values: SourceFormValues = {};
  for (const field of [...SOURCE_FORM_FIELDS, "version"] as const) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = field === "text" ? value : withoutNul(value);
  }
  return values;
}

/** The input a schema parses: every field present, as a string. */
export function sourceFormInput(values: SourceFormValues): Record<string, string> {
  return Object.fromEntries([...SOURCE_FORM_FIELDS, "version"].map((field) => [field, values[field as SourceFormField] ?? ""]));
}

export type FieldErrorMap = Partial<Record<string, string[]>>;

/** What a source form shows after a save was refused. */
export type SourceFormState = {
  /** a message about the whole form */
  message?: string;
  errors?: FieldErrorMap;
  values?: SourceFormValues;
  /** the source this one would duplicate, to link to */
  existing?: { id: string; title: string; reason: "url" | "text" };
  /** set when the save was refused because someone else saved first: the form shows the current version */
  conflict?: { version: number };
};
export const INITIAL_SOURCE_FORM_STATE: SourceFormState = {};

/** zod's issues as { field: [messages] } (first issue per field first). */
export function fieldErrorsOf(error: z.ZodError): FieldErrorMap {
  return z.flattenError(error).fieldErrors as FieldErrorMap;
}
