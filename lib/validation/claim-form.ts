import { z } from "zod";
import { CLAIM_KINDS, CONFIDENCES, type ClaimCompanyRole } from "@/lib/constants";
import { formString, withoutNul } from "@/lib/editor-records/fields";
import { type FieldErrorMap, optionalPastDay, optionalText } from "@/lib/validation/source-form";

// The claim forms (/editor/claims/new, /editor/claims/[id]/edit) and the claim's status changes
// (publish, retract, mark disputed, restore). One schema each, used by the form in the browser and
// parsed again by the server action. Pure: no database; whether the quote is in the article and
// which company or chip a name means is checked on the server (lib/editor).

export const MAX_SUMMARY_LENGTH = 500;
export const MAX_QUOTE_LENGTH = 5000;
export const MAX_NAMES = 20;

/** "Ascend 910B, Ascend 910C" → ["Ascend 910B", "Ascend 910C"]; blanks and repeats dropped. */
export function splitNames(value: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of value.split(/[,，、;\n]/)) {
    const name = part.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

export type CompanyMention = { name: string; role: ClaimCompanyRole };

/**
 * "ByteDance (customer), Nvidia" → ByteDance as a customer, Nvidia as "other". A role in
 * brackets after a name gives the part the company plays in the claim.
 */
export function parseCompanyMentions(value: string): CompanyMention[] {
  return splitNames(value).map((entry) => {
    const match = /^(.*?)\s*\((customer|vendor|other)\)$/i.exec(entry);
    if (match && match[1].trim()) return { name: match[1].trim(), role: match[2].toLowerCase() as ClaimCompanyRole };
    return { name: entry, role: "other" };
  });
}

export function formatCompanyMentions(mentions: readonly CompanyMention[]): string {
  return mentions.map((m) => (m.role === "other" ? m.name : `${m.name} (${m.role})`)).join(", ");
}

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "1");

const nameList = (what: string) =>
  z
    .string()
    .max(4000, { error: `Too many ${what}` })
    .transform(splitNames)
    .refine((names) => names.length <= MAX_NAMES, { error: `At most ${MAX_NAMES} ${what}` })
    .refine((names) => names.every((name) => name.length <= 200), { error: `A name has at most 200 characters` });

const claimFields = {
  sourceId: z.string().trim().min(1, { error: "Choose the source that says this" }),
  company: z
    .string()
    .trim()
    .min(1, { error: "Type the company the claim is about (any of its names)" })
    .max(200, { error: "A company name has at most 200 characters" }),
  otherCompanies: z
    .string()
    .max(4000, { error: "Too many companies" })
    .transform(parseCompanyMentions)
    .refine((mentions) => mentions.length <= MAX_NAMES, { error: `At most ${MAX_NAMES} companies` })
    .refine((mentions) => mentions.every((m) => m.name.length <= 200), { error: "A company name has at most 200 characters" }),
  chips: nameList("chips"),
  kind: z.enum(CLAIM_KINDS, { error: "Choose the claim type" }),
  summary: z
    .string()
    .trim()
    .min(1, { error: "Write a one-sentence summary in English" })
    .max(MAX_SUMMARY_LENGTH, { error: `A summary has at most ${MAX_SUMMARY_LENGTH} characters` }),
  quote: z
    .string()
    .trim()
    .min(1, { error: "Select or paste the quote from the article text" })
    .max(MAX_QUOTE_LENGTH, { error: `A quote has at most ${MAX_QUOTE_LENGTH} characters` }),
  translation: optionalText(MAX_QUOTE_LENGTH, `A translation has at most ${MAX_QUOTE_LENGTH} characters`),
  claimDate: optionalPastDay({
    invalid: "Enter the claim's date as a date, e.g. 2025-05-13",
    future: "A claim's date cannot be in the future",
  }),
  confidence: z.enum(CONFIDENCES, { error: "Choose how sure the source is" }),
  note: optionalText(2000, "A note has at most 2,000 characters"),
  /** names the editor ticked "Create company …" for */
  createCompanies: z.array(z.string().trim().min(1).max(200)).max(MAX_NAMES),
  /** names the editor ticked "Create chip …" for, each with the id of its vendor */
  createChips: z.array(z.string().trim().min(1).max(200)).max(MAX_NAMES),
  newChipVendors: z.record(z.string(), z.string()),
};

export const ClaimFormSchema = z.object({ ...claimFields, publishNow: checkbox });
export type ClaimForm = z.infer<typeof ClaimFormSchema>;

export const ClaimEditFormSchema = z.object({
  ...claimFields,
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
});
export type ClaimEditForm = z.infer<typeof ClaimEditFormSchema>;

const TEXT_FIELDS = [
  "sourceId",
  "company",
  "otherCompanies",
  "chips",
  "kind",
  "summary",
  "quote",
  "translation",
  "claimDate",
  "confidence",
  "note",
  "publishNow",
  "version",
] as const;
export type ClaimFormField = (typeof TEXT_FIELDS)[number];

/** What the claim form posted: its text fields as strings, the "Create …" boxes ticked, the new chips' vendors. */
export type ClaimFormValues = Partial<Record<ClaimFormField, string>> & {
  createCompanies?: string[];
  createChips?: string[];
  newChipVendors?: Record<string, string>;
};

export const NEW_CHIP_VENDOR_PREFIX = "newChipVendor:";

export function claimFormValues(formData: FormData): ClaimFormValues {
  const values: ClaimFormValues = {};
  for (const field of TEXT_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = withoutNul(value);
  }
  values.createCompanies = formData.getAll("createCompany").filter((v): v is string => typeof v === "string").map(withoutNul);
  values.createChips = formData.getAll("createChip").filter((v): v is string => typeof v === "string").map(withoutNul);
  values.newChipVendors = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith(NEW_CHIP_VENDOR_PREFIX) && typeof value === "string") {
      values.newChipVendors[withoutNul(key.slice(NEW_CHIP_VENDOR_PREFIX.length))] = withoutNul(value);
    }
  }
  return values;
}

/** The input a claim schema parses: every text field present (as a string), lists as lists. */
export function claimFormInput(values: ClaimFormValues) {
  const input: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) input[field] = values[field] ?? "";
  if (!values.publishNow) delete input.publishNow;
  input.confidence = values.confidence || "reported";
  input.createCompanies = values.createCompanies ?? [];
  input.createChips = values.createChips ?? [];
  input.newChipVendors = values.newChipVendors ?? {};
  return input;
}

/** What the claim form shows after a save was refused. */
export type ClaimFormState = {
  message?: string;
  errors?: FieldErrorMap;
  values?: ClaimFormValues;
  /** names typed that match no company: the form offers "Create company …" for each */
  unknownCompanies?: string[];
  /** names typed that match no chip: the form offers "Create chip … made by …" for each */
  unknownChips?: string[];
  /** set when someone else saved first: the values are the current ones, at this version */
  conflict?: { version: number; yours: { field: string; value: string }[] };
};
export const INITIAL_CLAIM_FORM_STATE: ClaimFormState = {};

// ── Status changes ───────────────────────────────────────────────────────────────────────

export const CLAIM_TRANSITIONS = ["publish", "retract", "dispute", "restore"] as const;
export type ClaimTransition = (typeof CLAIM_TRANSITIONS)[number];

/** Which status each change starts from and leads to: draft → published → retracted; published ↔ disputed. */
export const TRANSITION_RULES: Record<ClaimTransition, { from: readonly string[]; to: string }> = {
  publish: { from: ["draft"], to: "published" },
  retract: { from: ["published", "disputed"], to: "retracted" },
  dispute: { from: ["published"], to: "disputed" },
  restore: { from: ["disputed"], to: "published" },
};

const base = {
  claimId: z.string().trim().min(1),
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
};

export const ClaimStatusChangeSchema = z.discriminatedUnion("transition", [
  z.object({ ...base, transition: z.literal("publish") }),
  z.object({
    ...base,
    transition: z.literal("retract"),
    note: z
      .string()
      .trim()
      .min(1, { error: "Give the reason for retracting this claim" })
      .max(2000, { error: "A reason has at most 2,000 characters" }),
  }),
  z.object({
    ...base,
    transition: z.literal("dispute"),
    note: z
      .string()
      .trim()
      .min(1, { error: "Say what is disputed, and by whom" })
      .max(2000, { error: "A note has at most 2,000 characters" }),
  }),
  z.object({ ...base, transition: z.literal("restore") }),
]);
export type ClaimStatusChange = z.infer<typeof ClaimStatusChangeSchema>;

export function claimStatusChangeInput(formData: FormData) {
  const get = (name: string) => formString(formData, name);
  return { claimId: get("claimId"), version: get("version"), transition: get("transition"), note: get("note") };
}

export type ClaimStatusChangeState = { message?: string; errors?: FieldErrorMap; note?: string };
export const INITIAL_CLAIM_STATUS_CHANGE_STATE: ClaimStatusChangeState = {};
