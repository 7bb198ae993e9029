import Link from "next/link";
import type { Metadata } from "next";
import { languageName } from "@/components/sources/source-format";
import { isWebUrl } from "@/components/timeline/links";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { DEFAULT_PAGE_SIZE } from "@/lib/constants";
import { countSources, listSources } from "@/lib/queries/sources";
import { SourcesQuerySchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = {
  title: "Sources",
  description: "The archived articles every claim and event quotes, word for word.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Named classes (app/globals.css, app/styles/sources.css). The table styles its own cells, by
// column for the title, the dates and the count: keep the columns in step with sources.css.
const LINK = "link";
const MUTED = "muted";

export default async function SourcesPage({ searchParams }: PageProps) {
  const { data, problems } = parsePageSearchParams(SourcesQuerySchema, await searchParams);
  const [sources, total] = await Promise.all([listSources(data), countSources()]);

  return (
    <Container className="flex flex-col gap-8 py-10">
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">Sources</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">
          The archived articles that every claim and export-control event quotes, word for word. Open one to read it
          with each quote highlighted.
        </p>
      </header>

      <IgnoredParamsNotice problems={problems} />

      {sources.length === 0 ? (
        <EmptyState title={total === 0 ? "No sources archived yet" : "No sources on this page"}>
          {total === 0 ? null : (
            <Link href="/sources" className={LINK}>
              Go to the first page
            </Link>
          )}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
          <table className="sources-table min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            <caption className="px-3 py-2 text-left text-sm text-zinc-700 dark:text-zinc-300">
              {total} archived article{total === 1 ? "" : "s"}, newest publication first (articles with no
              publication date last).
            </caption>
            <thead className="bg-zinc-50 dark:bg-zinc-900">
              <tr>
                <th scope="col">
                  Title
                </th>
                <th scope="col">
                  Publisher
                </th>
                <th scope="col">
                  Language
                </th>
                <th scope="col">
                  Published
                </th>
                <th scope="col">
                  Retrieved
                </th>
                <th scope="col" className="text-right">
                  Claims
                </th>
                <th scope="col">
                  Original
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
              {sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">
                    <Link href={`/sources/${source.id}`} prefetch={false} lang={source.language} className={LINK}>
                      {source.title}
                    </Link>
                  </th>
                  <td>{source.publisher ?? <span className={MUTED}>Publisher not named</span>}</td>
                  <td>{languageName(source.language)}</td>
                  <td>
                    {source.publishedAt ? (
                      <DateLabel date={new Date(source.publishedAt)} />
                    ) : (
                      <span className={MUTED}>Not given</span>
                    )}
                  </td>
                  <td>
                    {source.retrievedAt ? <DateLabel date={new Date(source.retrievedAt)} /> : <span className={MUTED}>Not given</span>}
                  </td>
                  <td>{source.claimCount}</td>
                  <td>
                    {isWebUrl(source.url) ? (
                      <a href={source.url} className={LINK} aria-label={`Original of “${source.title}”`}>
                        Original
                      </a>
                    ) : (
                      <span className={MUTED}>No address kept</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination
        basePath="/sources"
        params={{ pageSize: data.pageSize === DEFAULT_PAGE_SIZE ? undefined : data.pageSize }}
        page={data.page}
        pageSize={data.pageSize}
        total={total}
        label="Sources pages"
      />
    </Container>
  );
}
