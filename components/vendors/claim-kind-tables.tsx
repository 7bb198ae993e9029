import type { ClaimKindSummary } from "@/lib/queries/vendors";

const th = "px-3 py-2 text-left font-semibold text-zinc-900 dark:text-zinc-100";
const num = "px-3 py-2 text-right tabular-nums text-zinc-900 dark:text-zinc-100";

/** The claims-by-kind chart's numbers as tables: by kind, and by year and kind when some claims are dated. */
export function ClaimKindTables({ summary, companyName }: { summary: ClaimKindSummary; companyName: string }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          <caption className="px-3 py-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
            Claims about {companyName} by kind
          </caption>
          <thead className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="col" className={th}>Kind</th>
              <th scope="col" className={`${th} text-right`}>Claims</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
            {summary.byKind.map((row) => (
              <tr key={row.kind}>
                <th scope="row" className="px-3 py-2 text-left font-normal text-zinc-800 dark:text-zinc-200">
                  {row.label}
                </th>
                <td className={num}>{row.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="row" className={th}>All kinds</th>
              <td className={`${num} font-semibold`}>{summary.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      {summary.byYear ? (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
          <table className="min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            <caption className="px-3 py-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
              Claims about {companyName} by year and kind
            </caption>
            <thead className="bg-zinc-50 dark:bg-zinc-900">
              <tr>
                <th scope="col" className={th}>Year</th>
                {summary.byKind.map((kind) => (
                  <th key={kind.kind} scope="col" className={`${th} text-right`}>
                    {kind.label}
                  </th>
                ))}
                <th scope="col" className={`${th} text-right`}>All kinds</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
              {summary.byYear.map((row) => (
                <tr key={row.bucket}>
                  <th scope="row" className="px-3 py-2 text-left font-normal text-zinc-800 dark:text-zinc-200">
                    {row.bucket}
                  </th>
                  {summary.byKind.map((kind) => (
                    <td key={kind.kind} className={num}>
                      {row.counts[kind.kind] ?? 0}
                    </td>
                  ))}
                  <td className={`${num} font-semibold`}>{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
