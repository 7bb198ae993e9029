import { handleApiRequest, jsonResponse, listBody, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { countCompanies, listCompanies } from "@/lib/queries/companies";
import { CompaniesQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/companies?role=&q=&page=&pageSize= */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { page, pageSize, ...filters } = parseQuery(CompaniesQuerySchema, request);
    const statuses = await visibleClaimStatuses(request);
    const [companies, total] = await Promise.all([
      listCompanies({ ...filters, page, pageSize, statuses }),
      countCompanies(filters),
    ]);
    return jsonResponse(listBody(companies, total, { page, pageSize }));
  });
}
