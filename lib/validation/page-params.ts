import type { z } from "zod";
import { parseSearchParams, type QueryProblem, type SearchParamsInput } from "@/lib/validation/api";

/**
 * A reader page's URL filters, parsed with the same schemas as the API, but forgiving: each
 * bad parameter is dropped (so its default applies) and reported, so the page can render
 * with defaults and say what it ignored, never a 500 and never a blank page.
 */
export function parsePageSearchParams<Output>(
  schema: z.ZodType<Output>,
  input: SearchParamsInput,
): { data: Output; problems: QueryProblem[] } {
  const values: Record<string, string | string[] | undefined> =
    input instanceof URLSearchParams ? groupParams(input) : { ...input };
  const problems: QueryProblem[] = [];
  // Each round drops the one parameter the schema blamed; a handful of rounds covers any URL.
  for (let round = 0; round < 20; round++) {
    const parsed = parseSearchParams(schema, values, { omitEmpty: true });
    if (parsed.success) return { data: parsed.data, problems };
    problems.push(parsed.error);
    if (!(parsed.error.parameter in values)) break;
    delete values[parsed.error.parameter];
  }
  const fallback = parseSearchParams(schema, {}, { omitEmpty: true });
  if (!fallback.success) throw new Error(`page schema has no valid default: ${fallback.error.message}`);
  return { data: fallback.data, problems };
}

function groupParams(params: URLSearchParams): Record<string, string[]> {
  const grouped: Record<string, string[]> = Object.create(null);
  for (const [name, value] of params) (grouped[name] ??= []).push(value);
  return grouped;
}
