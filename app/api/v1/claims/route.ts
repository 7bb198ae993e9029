import { COUNT_CAP } from "@/lib/constants";
import { claimStatusesFor, handleApiRequest, jsonResponse, listBody, parseQuery, unknownFilterValue } from "@/lib/api";
import { chipExists } from "@/lib/queries/chips";
import { countClaims, listClaims } from "@/lib/queries/claims";
import { companyExists } from "@/lib/queries/companies";
import { ClaimsQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims?company=&chip=&kind=&status=&from=&to=&q=&page=&pageSize= */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { status, page, pageSize, ...filters } = parseQuery(ClaimsQuerySchema, request);
    const statuses = await claimStatusesFor(request, status);
    if (filters.company && !(await companyExists(filters.company))) {
      unknownFilterValue("company", "company", filters.company);
    }
    if (filters.chip && !(await chipExists(filters.chip))) unknownFilterValue("chip", "chip", filters.chip);

    const [claims, total] = await Promise.all([
      listClaims({ ...filters, statuses, page, pageSize }),
      countClaims({ ...filters, statuses }, { cap: COUNT_CAP }),
    ]);
    // past COUNT_CAP the count stops: `total` is then a lower bound, and says so
    return jsonResponse({ ...listBody(claims, Math.min(total, COUNT_CAP), { page, pageSize }), totalIsExact: total <= COUNT_CAP });
  });
}
