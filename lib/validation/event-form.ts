import { z } from "zod";
import { DATE_PRECISIONS, EVENT_ACTIONS, JURISDICTIONS } from "@/lib/constants";
import {
  formString,
  nameList,
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

// The export-control event form (/editor/events/new and /editor/events/<slug>/edit). Companies
// and chips are typed by any of their names or aliases; the quotes behind the event are found
// by the server in their sources' text (lib/quotes.ts), which refuses a quote that is not there.

export type EventQuoteValues = { sourceId: string; quote: string };

export type EventFormValues = {
  title: string;
  slug: string;
  jurisdiction: string;
  authority: string;
  action: string;
  date: string;
  effectiveDate: string;
  datePrecision: string;
  dateSourceName: string;
  dateSourceUrl: string;
  description: string;
  /** names or aliases, comma-separated */
  companies: string;
  chips: string;
  quotes: EventQuoteValues[];
  version: string;
};

export const EMPTY_EVENT_VALUES: EventFormValues = {
  title: "",
  slug: "",
  jurisdiction: "",
  authority: "",
  action: "",
  date: "",
  effectiveDate: "",
  datePrecision: "",
  dateSourceName: "",
  dateSourceUrl: "",
  description: "",
  companies: "",
  chips: "",
  quotes: [{ sourceId: "", quote: "" }],
  version: "",
};

export const MAX_EVENT_QUOTES = 20;

/** The field name of one quote row's input: "quotes.0.sourceId", "quotes.0.quote". */
export function quoteFieldName(index: number, field: keyof EventQuoteValues): string {
  return `quotes.${index}.${field}`;
}

export function readEventForm(formData: FormData): EventFormValues {
  const indexes = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^quotes\.(\d{1,3})\.(sourceId|quote)$/.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  const quotes = [...indexes]
    .sort((a, b) => a - b)
    .slice(0, MAX_EVENT_QUOTES + 1)
    .map((index) => ({
      sourceId: formString(formData, quoteFieldName(index, "sourceId")),
      quote: formString(formData, quoteFieldName(index, "quote")),
    }));
  return {
    title: formString(formData, "title"),
    slug: formString(formData, "slug"),
    jurisdiction: formString(formData, "jurisdiction"),
    authority: formString(formData, "authority"),
    action: formString(formData, "action"),
    date: formString(formData, "date"),
    effectiveDate: formString(formData, "effectiveDate"),
    datePrecision: formString(formData, "datePrecision"),
    dateSourceName: formString(formData, "dateSourceName"),
    dateSourceUrl: formString(formData, "dateSourceUrl"),
    description: formString(formData, "description"),
    companies: formString(formData, "companies"),
    chips: formString(formData, "chips"),
    quotes: quotes.length > 0 ? quotes : [{ sourceId: "", quote: "" }],
    version: formString(formData, "version"),
  };
}

export const EVENT_QUOTE_REQUIRED = "An event needs at least one quote from a source";

const quoteRowsSchema = z
  .array(
    z.object({
      sourceId: z.string().trim().max(100, { error: "Choose a source from the list" }),
      quote: z.string().trim().max(5000, { error: "A quote has at most 5000 characters" }),
    }),
  )
  .max(MAX_EVENT_QUOTES, { error: `At most ${MAX_EVENT_QUOTES} quotes` })
  .superRefine((rows, ctx) => {
    rows.forEach((row, index) => {
      if (row.sourceId === "" && row.quote !== "")
        ctx.addIssue({ code: "custom", path: [index, "sourceId"], message: "Choose the source this quote is from" });
      if (row.sourceId !== "" && row.quote === "")
        ctx.addIssue({ code: "custom", path: [index, "quote"], message: "Paste the passage of the source behind the event" });
    });
    if (rows.every((row) => row.sourceId === "" && row.quote === ""))
      ctx.addIssue({ code: "custom", path: [0, "quote"], message: EVENT_QUOTE_REQUIRED });
  })
  // Rows left empty are dropped; each kept row remembers its place in the form, for its errors.
  .transform((rows) =>
    rows.flatMap((row, index) => (row.sourceId === "" && row.quote === "" ? [] : [{ ...row, index }])),
  );

export const EventFormSchema = z
  .object({
    title: requiredText("Enter the event's title", "A title", 300),
    slug: optionalSlugField,
    jurisdiction: requiredChoice(JURISDICTIONS, "Choose a jurisdiction"),
    authority: optionalText("An authority", 200),
    action: requiredChoice(EVENT_ACTIONS, "Choose an action"),
    date: optionalDayField,
    effectiveDate: optionalDayField,
    datePrecision: optionalChoice(DATE_PRECISIONS, "Choose day, month or year"),
    dateSourceName: optionalText("A date source name", 300),
    dateSourceUrl: optionalHttpUrl("A date source URL"),
    description: optionalText("A description", 5000),
    companies: nameList("Companies"),
    chips: nameList("Chips"),
    quotes: quoteRowsSchema,
  })
  .superRefine((event, ctx) => {
    const dated = event.date !== null || event.effectiveDate !== null;
    if (dated && event.datePrecision === null)
      ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "Say how precise the date is: day, month or year" });
    if (!dated && event.datePrecision !== null)
      ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "A precision needs a date: enter one, or choose none" });
    if (event.date !== null && event.dateSourceName === null)
      ctx.addIssue({ code: "custom", path: ["dateSourceName"], message: "Name where the date comes from" });
  });
export type EventInput = z.output<typeof EventFormSchema>;

export const EventEditSchema = EventFormSchema.safeExtend({ version: versionField });

export type EventFormState = RecordFormState<EventFormValues>;

export const EVENT_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  slug: "Slug",
  jurisdiction: "Jurisdiction",
  authority: "Authority",
  action: "Action",
  date: "Date",
  effectiveDate: "Effective date",
  datePrecision: "Date precision",
  dateSourceName: "Date source name",
  dateSourceUrl: "Date source URL",
  description: "Description",
  companies: "Companies",
  chips: "Chips",
  quotes: "Source quotes",
};
