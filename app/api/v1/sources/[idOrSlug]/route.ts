import { handleApiRequest, jsonResponse, notFound, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { getSourceById } from "@/lib/queries/sources";
import { RecordQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/sources/<id or slug>: the archived text and the quote spans of its claims and events */
export async function GET(request: Request, { params }: { params: Promise<{ idOrSlug: string }> }) {
  return handleApiRequest(request, async () => {
    parseQuery(RecordQuerySchema, request);
    const { idOrSlug } = await params;
    const source = await getSourceById(idOrSlug, { statuses: await visibleClaimStatuses(request) });
    return source ? jsonResponse({ data: source }) : notFound("source", idOrSlug);
  });
}
