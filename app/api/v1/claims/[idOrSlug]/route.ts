import { handleApiRequest, jsonResponse, notFound, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { getClaimById } from "@/lib/queries/claims";
import { RecordQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/<id or slug> */
export async function GET(request: Request, { params }: { params: Promise<{ idOrSlug: string }> }) {
  return handleApiRequest(request, async () => {
    parseQuery(RecordQuerySchema, request);
    const { idOrSlug } = await params;
    const claim = await getClaimById(idOrSlug, { statuses: await visibleClaimStatuses(request) });
    return claim ? jsonResponse({ data: claim }) : notFound("claim", idOrSlug);
  });
}
