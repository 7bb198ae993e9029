import { handleApiRequest, jsonResponse, listBody, parseQuery, unknownFilterValue } from "@/lib/api";
import { chipExists } from "@/lib/queries/chips";
import { companyExists } from "@/lib/queries/companies";
import { countEvents, listEvents } from "@/lib/queries/events";
import { EventsQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/events?jurisdiction=&company=&chip=&from=&to=&page=&pageSize= */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { page, pageSize, ...filters } = parseQuery(EventsQuerySchema, request);
    if (filters.company && !(await companyExists(filters.company))) {
      unknownFilterValue("company", "company", filters.company);
    }
    if (filters.chip && !(await chipExists(filters.chip))) unknownFilterValue("chip", "chip", filters.chip);

    const [events, total] = await Promise.all([listEvents({ ...filters, page, pageSize }), countEvents(filters)]);
    return jsonResponse(listBody(events, total, { page, pageSize }));
  });
}
