import { z } from "zod";
import { ApiError, handleApiRequest, unknownFilterValue } from "@/lib/api";
import { MAX_EXPORT_ROWS, downloadHeaders, toCsv } from "@/lib/csv";
import { chipExists } from "@/lib/queries/chips";
import { companyExists } from "@/lib/queries/companies";
import { countEvents, listEventsUpTo, type ExportControlEvent } from "@/lib/queries/events";
import { EventsQuerySchema, parseSearchParams } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

// The events list's filters (as /api/v1/events and /timeline take them), without paging: an
// export is the whole filter, up to MAX_EXPORT_ROWS, with the full count in X-Total-Count.
const { jurisdiction, company, chip, from, to } = EventsQuerySchema.shape;
const eventFilterShape = { jurisdiction, company, chip, from, to };

const EXPORT_FORMATS = ["csv", "json"] as const;

const EventsExportQuerySchema = z
  .strictObject({
    format: z
      .enum(EXPORT_FORMATS, {
        error: (issue) => `format must be one of ${EXPORT_FORMATS.join(", ")} (got '${String(issue.input)}')`,
      })
      .default("csv"),
    ...eventFilterShape,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `from (${value.from}) must not be after to (${value.to})`, input: value.from });
    }
  });

const CSV_HEADER = [
  "id",
  "slug",
  "date",
  "date_precision",
  "date_source",
  "date_source_url",
  "jurisdiction",
  "authority",
  "action",
  "title",
  "description",
  "companies",
  "chips",
  "sources",
  "quotes",
];

/** The date as precisely as its source gives it: 2025-05-13, 2025-01 or 2025; empty when undated. */
function exportDate(event: ExportControlEvent): string {
  if (!event.date) return "";
  if (event.datePrecision === "year") return event.date.slice(0, 4);
  if (event.datePrecision === "month") return event.date.slice(0, 7);
  return event.date.slice(0, 10);
}

function csvRow(event: ExportControlEvent) {
  return [
    event.id,
    event.slug,
    exportDate(event),
    event.date ? event.datePrecision : null,
    event.dateSource?.name,
    event.dateSource?.url,
    event.jurisdiction,
    event.authority,
    event.action,
    event.title,
    event.description,
    event.companies.map((company) => company.slug).join("; "),
    event.chips.map((chip) => chip.slug).join("; "),
    [...new Set(event.quotes.map((quote) => quote.source.slug))].join("; "),
    event.quotes.map((quote) => quote.quote).join("\n"),
  ];
}

/** GET /api/v1/export/events?format=csv|json&jurisdiction=&company=&chip=&from=&to= */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    // Empty values are what a form's "All" option sends: they mean no filter.
    const parsed = parseSearchParams(EventsExportQuerySchema, new URL(request.url).searchParams, { omitEmpty: true });
    if (!parsed.success) throw new ApiError(400, parsed.error.message, parsed.error.parameter);
    const { format, ...filters } = parsed.data;
    if (filters.company && !(await companyExists(filters.company))) {
      unknownFilterValue("company", "company", filters.company);
    }
    if (filters.chip && !(await chipExists(filters.chip))) unknownFilterValue("chip", "chip", filters.chip);

    const [events, total] = await Promise.all([listEventsUpTo(filters, MAX_EXPORT_ROWS), countEvents(filters)]);
    const truncated = total > events.length;
    const name = ["chipwatch-events", filters.jurisdiction, filters.company, filters.chip, filters.from, filters.to]
      .filter(Boolean)
      .join("-");
    const counts = {
      "X-Total-Count": String(total),
      "X-Export-Limit": String(MAX_EXPORT_ROWS),
      ...(truncated ? { "X-Export-Truncated": "true" } : {}),
    };

    if (format === "json") {
      const body = { data: events, total, limit: MAX_EXPORT_ROWS, truncated, filters };
      return new Response(JSON.stringify(body), {
        headers: { ...downloadHeaders(`${name}.json`, "application/json; charset=utf-8"), ...counts },
      });
    }
    return new Response(toCsv(CSV_HEADER, events.map(csvRow)), {
      headers: { ...downloadHeaders(`${name}.csv`, "text/csv; charset=utf-8"), ...counts },
    });
  });
}
