import { handleApiRequest, jsonResponse, notFound, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { getChipBySlug } from "@/lib/queries/chips";
import { RecordQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/chips/<slug> */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApiRequest(request, async () => {
    parseQuery(RecordQuerySchema, request);
    const { slug } = await params;
    const chip = await getChipBySlug(slug, { statuses: await visibleClaimStatuses(request) });
    return chip ? jsonResponse({ data: chip }) : notFound("chip", slug);
  });
}
