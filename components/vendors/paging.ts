import type { QueryProblem } from "@/lib/validation/api";

/**
 * A requested page past the last one falls back to page 1, with a problem the page reports
 * (ParamsNotice), rather than an empty list that looks like missing data.
 */
export function clampPage(
  page: number,
  total: number,
  pageSize: number,
): { page: number; problem: QueryProblem | null } {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (page <= last) return { page, problem: null };
  return {
    page: 1,
    problem: { parameter: "page", message: `page ${page} is past the last page (${last})` },
  };
}
