import Link from "next/link";

/**
 * Previous/next page links that keep every other URL parameter. `basePath` is the page,
 * `params` the current (already validated) filters; page 1 is written without `page=`.
 */
export function Pagination({
  basePath,
  params,
  page,
  pageSize,
  total,
  label = "Pagination",
}: {
  basePath: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageSize: number;
  total: number;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (key === "page" || value === undefined || value === "") continue;
      search.set(key, String(value));
    }
    if (target > 1) search.set("page", String(target));
    const qs = search.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="page-link">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="page-link">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
