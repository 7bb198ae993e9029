import { handleApiRequest, jsonResponse, listBody, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { countSources, listSources } from "@/lib/queries/sources";
import { SourcesQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/sources?page=&pageSize= (without the article text) */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { page, pageSize } = parseQuery(SourcesQuerySchema, request);
    const statuses = await visibleClaimStatuses(request);
    const [sources, total] = await Promise.all([
      listSources({ page, pageSize, statuses }),
      countSources(),
    ]);
    return jsonResponse(listBody(sources, total, { page, pageSize }));
  });
}
