import { handleApiRequest, jsonResponse, listBody, parseQuery, unknownFilterValue } from "@/lib/api";
import { countChips, listChips } from "@/lib/queries/chips";
import { companyExists } from "@/lib/queries/companies";
import { ChipsQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/chips?vendor=&status=&kind=&q=&page=&pageSize= */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { page, pageSize, ...filters } = parseQuery(ChipsQuerySchema, request);
    if (filters.vendor && !(await companyExists(filters.vendor))) {
      unknownFilterValue("vendor", "company", filters.vendor);
    }

    const [chips, total] = await Promise.all([listChips({ ...filters, page, pageSize }), countChips(filters)]);
    return jsonResponse(listBody(chips, total, { page, pageSize }));
  });
}
