import { handleApiRequest, jsonResponse, notFound, parseQuery } from "@/lib/api";
import { getEventBySlugOrId } from "@/lib/queries/events";
import { RecordQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/<slug or id> */
export async function GET(request: Request, { params }: { params: Promise<{ idOrSlug: string }> }) {
  return handleApiRequest(request, async () => {
    parseQuery(RecordQuerySchema, request);
    const { idOrSlug } = await params;
    const event = await getEventBySlugOrId(idOrSlug);
    return event ? jsonResponse({ data: event }) : notFound("export-control event", idOrSlug);
  });
}
