import { z } from "zod";
import {
  CHIP_KINDS,
  CHIP_STATUSES,
  DATE_PRECISIONS,
  SPEC_METRICS,
  SPEC_METRIC_KEYS,
  type SpecMetric,
} from "@/lib/constants";
import {
  HTTP_URL_MESSAGE,
  aliasLines,
  formString,
  isHttpUrl,
  optionalChoice,
  optionalDayField,
  optionalHttpUrl,
  optionalSlugField,
  optionalText,
  requiredChoice,
  requiredText,
  versionField,
  type RecordFormState,
} from "@/lib/editor-records/fields";

// The chip form (/editor/chips/new and /editor/chips/<slug>/edit), with its spec table: one
// value per metric, each with its own source. Unknown is empty, never zero: an empty value
// deletes that spec, and 0 is refused.

export type SpecFormValues = { value: string; sourceName: string; sourceUrl: string; licence: string; note: string };

export type ChipFormValues = {
  name: string;
  slug: string;
  /** the vendor company: its slug (from the list) or any of its names or aliases */
  vendor: string;
  nameZh: string;
  aliases: string;
  family: string;
  kind: string;
  /** "" for unknown */
  status: string;
  announcedOn: string;
  releasedOn: string;
  datePrecision: string;
  dateSourceName: string;
  dateSourceUrl: string;
  processNode: string;
  foundry: string;
  description: string;
  specs: Record<SpecMetric, SpecFormValues>;
  version: string;
};

export const EMPTY_SPEC_VALUES: SpecFormValues = { value: "", sourceName: "", sourceUrl: "", licence: "", note: "" };

export function emptySpecs(): Record<SpecMetric, SpecFormValues> {
  return Object.fromEntries(SPEC_METRIC_KEYS.map((metric) => [metric, { ...EMPTY_SPEC_VALUES }])) as Record<
    SpecMetric,
    SpecFormValues
  >;
}

export const EMPTY_CHIP_VALUES: ChipFormValues = {
  name: "",
  slug: "",
  vendor: "",
  nameZh: "",
  aliases: "",
  family: "",
  kind: "",
  status: "",
  announcedOn: "",
  releasedOn: "",
  datePrecision: "",
  dateSourceName: "",
  dateSourceUrl: "",
  processNode: "",
  foundry: "",
  description: "",
  specs: emptySpecs(),
  version: "",
};

const SPEC_FIELDS = ["value", "sourceName", "sourceUrl", "licence", "note"] as const;

/** The form field name of one spec input, e.g. "specs.bf16_tflops.sourceName" (errors use the same key). */
export function specFieldName(metric: SpecMetric, field: keyof SpecFormValues): string {
  return `specs.${metric}.${field}`;
}

export function readChipForm(formData: FormData): ChipFormValues {
  const specs = emptySpecs();
  for (const metric of SPEC_METRIC_KEYS) {
    for (const field of SPEC_FIELDS) specs[metric][field] = formString(formData, specFieldName(metric, field));
  }
  return {
    name: formString(formData, "name"),
    slug: formString(formData, "slug"),
    vendor: formString(formData, "vendor"),
    nameZh: formString(formData, "nameZh"),
    aliases: formString(formData, "aliases"),
    family: formString(formData, "family"),
    kind: formString(formData, "kind"),
    status: formString(formData, "status"),
    announcedOn: formString(formData, "announcedOn"),
    releasedOn: formString(formData, "releasedOn"),
    datePrecision: formString(formData, "datePrecision"),
    dateSourceName: formString(formData, "dateSourceName"),
    dateSourceUrl: formString(formData, "dateSourceUrl"),
    processNode: formString(formData, "processNode"),
    foundry: formString(formData, "foundry"),
    description: formString(formData, "description"),
    specs,
    version: formString(formData, "version"),
  };
}

// ─── One spec value ─────────────────────────────────────────────────────────────────────────

export const SPEC_SOURCE_REQUIRED = "Every spec value needs a source";
export const SPEC_ZERO_REFUSED =
  "0 is not a value: leave it empty when no source gives it (an unknown spec is empty, never zero)";

export type SpecValue = number | string | boolean;
export type SpecInput = {
  value: SpecValue;
  sourceName: string;
  sourceUrl: string | null;
  licence: string | null;
  note: string | null;
};

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A typed spec value checked against its metric's type; a message when it is not one. */
export function parseSpecValue(metric: SpecMetric, typed: string): { value: SpecValue } | { error: string } {
  const info = SPEC_METRICS[metric];
  if (info.type === "number") {
    const text = typed.replace(/[\s_]/g, "");
    if (!DECIMAL.test(text)) return { error: `Enter a number${info.unit ? ` of ${info.unit}` : ""}, such as 256` };
    const value = Number(text);
    if (!Number.isFinite(value)) return { error: "Enter a finite number" };
    if (value === 0) return { error: SPEC_ZERO_REFUSED };
    if (value < 0) return { error: "Enter a number greater than 0" };
    return { value };
  }
  if (info.type === "boolean") {
    if (typed === "yes") return { value: true };
    if (typed === "no") return { value: false };
    return { error: "Choose yes, no, or unknown" };
  }
  if (typed.length > 200) return { error: "A value has at most 200 characters" };
  return { value: typed };
}

/** The string a form shows for a stored spec value. */
export function specValueText(value: SpecValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function specRowSchema(metric: SpecMetric) {
  return z
    .object({
      value: z.string().trim(),
      sourceName: z.string().trim().max(300, { error: "A source name has at most 300 characters" }),
      sourceUrl: z.string().trim().max(2000, { error: "A source URL has at most 2000 characters" }),
      licence: z.string().trim().max(100, { error: "A licence has at most 100 characters" }),
      note: z.string().trim().max(1000, { error: "A note has at most 1000 characters" }),
    })
    .superRefine((row, ctx) => {
      // An empty value deletes the spec: what else the row says does not matter then.
      if (row.value === "") return;
      const parsed = parseSpecValue(metric, row.value);
      if ("error" in parsed) ctx.addIssue({ code: "custom", path: ["value"], message: parsed.error });
      if (row.sourceName === "") ctx.addIssue({ code: "custom", path: ["sourceName"], message: SPEC_SOURCE_REQUIRED });
      if (row.sourceUrl !== "" && !isHttpUrl(row.sourceUrl))
        ctx.addIssue({ code: "custom", path: ["sourceUrl"], message: HTTP_URL_MESSAGE });
    })
    .transform((row): SpecInput | null => {
      if (row.value === "") return null;
      const parsed = parseSpecValue(metric, row.value);
      if ("error" in parsed) return null; // unreachable: superRefine refused it
      return {
        value: parsed.value,
        sourceName: row.sourceName,
        sourceUrl: row.sourceUrl || null,
        licence: row.licence || null,
        note: row.note || null,
      };
    });
}

const specsSchema = z.object(
  Object.fromEntries(SPEC_METRIC_KEYS.map((metric) => [metric, specRowSchema(metric)])) as {
    [M in SpecMetric]: ReturnType<typeof specRowSchema>;
  },
);

// ─── The whole chip ─────────────────────────────────────────────────────────────────────────

export const ChipFormSchema = z
  .object({
    name: requiredText("Enter the chip's name", "A name", 200),
    slug: optionalSlugField,
    vendor: requiredText("Choose the vendor, or type its name or an alias", "A vendor", 200),
    nameZh: optionalText("A Chinese name", 200),
    aliases: aliasLines("Aliases"),
    family: optionalText("A family", 200),
    kind: requiredChoice(CHIP_KINDS, "Choose a kind"),
    status: optionalChoice(CHIP_STATUSES, "Choose a status from the list, or Unknown"),
    announcedOn: optionalDayField,
    releasedOn: optionalDayField,
    datePrecision: optionalChoice(DATE_PRECISIONS, "Choose day, month or year"),
    dateSourceName: optionalText("A date source name", 300),
    dateSourceUrl: optionalHttpUrl("A date source URL"),
    processNode: optionalText("A process node", 100),
    foundry: optionalText("A foundry", 200),
    description: optionalText("A description", 5000),
    specs: specsSchema,
  })
  .superRefine((chip, ctx) => {
    const dated = chip.announcedOn !== null || chip.releasedOn !== null;
    if (dated && chip.datePrecision === null)
      ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "Say how precise the dates are: day, month or year" });
    if (dated && chip.dateSourceName === null)
      ctx.addIssue({ code: "custom", path: ["dateSourceName"], message: "Name the source of the dates" });
    if (!dated && chip.datePrecision !== null)
      ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "A precision needs a date: enter one, or choose none" });
    if (chip.announcedOn && chip.releasedOn && chip.releasedOn < chip.announcedOn)
      ctx.addIssue({ code: "custom", path: ["releasedOn"], message: "A chip is not released before it is announced" });
  });
export type ChipInput = z.output<typeof ChipFormSchema>;

export const ChipEditSchema = ChipFormSchema.safeExtend({ version: versionField });

export type ChipFormState = RecordFormState<ChipFormValues>;

export const CHIP_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  slug: "Slug",
  vendor: "Vendor",
  nameZh: "Chinese name",
  aliases: "Aliases",
  family: "Family",
  kind: "Kind",
  status: "Status",
  announcedOn: "Announced on",
  releasedOn: "Released on",
  datePrecision: "Date precision",
  dateSourceName: "Date source name",
  dateSourceUrl: "Date source URL",
  processNode: "Process node",
  foundry: "Foundry",
  description: "Description",
  ...Object.fromEntries(
    SPEC_METRIC_KEYS.flatMap((metric) =>
      (
        [
          ["value", "value"],
          ["sourceName", "source name"],
          ["sourceUrl", "source URL"],
          ["licence", "licence"],
          ["note", "note"],
        ] as const
      ).map(([field, label]) => [specFieldName(metric, field), `${SPEC_METRICS[metric].label}: ${label}`]),
    ),
  ),
};
