import { parseClaimsExportParams, statusesFor } from "@/app/claims/claims-query";
import { ApiError, handleApiRequest, unknownFilterValue } from "@/lib/api";
import { MAX_EXPORT_ROWS, downloadHeaders, toCsv } from "@/lib/csv";
import { chipExists } from "@/lib/queries/chips";
import { countClaims, listClaimsForExport, type Claim } from "@/lib/queries/claims";
import { companyExists } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

const CLAIMS_CSV_COLUMNS = [
  "id",
  "slug",
  "kind",
  "summary",
  "quote",
  "quote_start",
  "quote_end",
  "translation",
  "claim_date",
  "confidence",
  "status",
  "company",
  "companies",
  "chips",
  "source_id",
  "source_title",
  "source_publisher",
  "source_url",
];

/** One CSV row: the subject company by slug; linked companies as "slug (role)" and chips by slug, separated by "; ". */
function csvRow(claim: Claim) {
  return [
    claim.id,
    claim.slug,
    claim.kind,
    claim.summary,
    claim.quote,
    claim.quoteStart,
    claim.quoteEnd,
    claim.translation,
    claim.claimDate?.slice(0, 10),
    claim.confidence,
    claim.status,
    claim.company.slug,
    claim.companies.map((company) => `${company.slug} (${company.role})`).join("; "),
    claim.chips.map((chip) => chip.slug).join("; "),
    claim.source.id,
    claim.source.title,
    claim.source.publisher,
    claim.source.url,
  ];
}

/**
 * GET /api/v1/export/claims?format=csv|json&company=&chip=&kind=&status=&q=&from=&to=
 * Every claim the claims explorer (/claims) shows for the same filters, on one download, at most
 * MAX_EXPORT_ROWS of them; X-Total-Count says how many match. `status` is the explorer's:
 * published (the default), disputed or all. Bad parameters: 400 naming the parameter.
 */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const parsed = parseClaimsExportParams(new URL(request.url).searchParams);
    if (!parsed.success) throw new ApiError(parsed.error.status, parsed.error.message, parsed.error.parameter);
    const { format, status, ...filters } = parsed.data;
    if (filters.company && !(await companyExists(filters.company))) {
      unknownFilterValue("company", "company", filters.company);
    }
    if (filters.chip && !(await chipExists(filters.chip))) unknownFilterValue("chip", "chip", filters.chip);

    const query = { ...filters, statuses: statusesFor(status) };
    const [claims, total] = await Promise.all([listClaimsForExport(query, MAX_EXPORT_ROWS), countClaims(query)]);
    const headers = { "X-Total-Count": String(total) };
    if (format === "json") {
      const body = JSON.stringify({ data: claims, total, truncated: total > claims.length });
      return new Response(body, {
        headers: { ...downloadHeaders("chipwatch-claims.json", "application/json; charset=utf-8"), ...headers },
      });
    }
    return new Response(toCsv(CLAIMS_CSV_COLUMNS, claims.map(csvRow)), {
      headers: { ...downloadHeaders("chipwatch-claims.csv", "text/csv; charset=utf-8"), ...headers },
    });
  });
}
