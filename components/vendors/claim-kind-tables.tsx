import type { ClaimKindSummary } from "@/lib/queries/vendors";

/**
 * The claims-by-kind chart's numbers as tables: by kind, and by year and kind when some claims are
 * dated. The tables' rules style their cells (`count-table`, app/styles/tables.css): the year table
 * has a dozen counts a row, which each carried the same class list.
 */
export function ClaimKindTables({ summary, companyName }: { summary: ClaimKindSummary; companyName: string }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="count-table min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          <caption className="px-3 py-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
            Claims about {companyName} by kind
          </caption>
          <thead className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="col">Kind</th>
              <th scope="col" className="text-right">Claims</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
            {summary.byKind.map((row) => (
              <tr key={row.kind}>
                <th scope="row">
                  {row.label}
                </th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="row">All kinds</th>
              <td className="font-semibold">{summary.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      {summary.byYear ? (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
          <table className="count-table min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            <caption className="px-3 py-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
              Claims about {companyName} by year and kind
            </caption>
            <thead className="bg-zinc-50 dark:bg-zinc-900">
              <tr>
                <th scope="col">Year</th>
                {summary.byKind.map((kind) => (
                  <th key={kind.kind} scope="col" className="text-right">
                    {kind.label}
                  </th>
                ))}
                <th scope="col" className="text-right">All kinds</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
              {summary.byYear.map((row) => (
                <tr key={row.bucket}>
                  <th scope="row">
                    {row.bucket}
                  </th>
                  {summary.byKind.map((kind) => (
                    <td key={kind.kind}>
                      {row.counts[kind.kind] ?? 0}
                    </td>
                  ))}
                  <td className="font-semibold">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
