import { handleApiRequest, jsonResponse, notFound, parseQuery, visibleClaimStatuses } from "@/lib/api";
import { getCompanyBySlug } from "@/lib/queries/companies";
import { RecordQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/companies/<slug> */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApiRequest(request, async () => {
    parseQuery(RecordQuerySchema, request);
    const { slug } = await params;
    const company = await getCompanyBySlug(slug, { statuses: await visibleClaimStatuses(request) });
    return company ? jsonResponse({ data: company }) : notFound("company", slug);
  });
}
