import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { LINK_CLASS, TextLink } from "@/components/vendors/text-link";
import {
  CHIP_KIND_LABELS,
  CHIP_STATUS_LABELS,
  DATA_CREDITS,
  SPEC_METRICS,
  type ChipKind,
  type ChipStatus,
} from "@/lib/constants";
import type { VendorChip, VendorChipSpec, VendorSpecMetric } from "@/lib/queries/vendors";
import { safeHttpUrl } from "@/lib/safe-url";

// A vendor's chips as a spec table. Every value carries a numbered source marker that links to
// where the number comes from (the dataset's cited page, or the archived article at the quote);
// the numbered list under the table names each source. A value no source gives is "—". The query
// (listVendorChips) reads only the specs of these columns: VENDOR_SPEC_METRICS. The table's rules
// style its cells and row headers (`list-table`, `vendor-chips`: app/styles/tables.css; a value's
// `ink` is declared after them, in app/globals.css, so its colour wins), and its links are plain <a>,
// as in the other tables of rows: no prefetch of every row's route.

const COLUMNS: { metric: VendorSpecMetric; header: string; onlyWhenPresent?: boolean }[] = [
  { metric: "bf16_tflops", header: "BF16/FP16" },
  { metric: "int8_tops", header: "INT8" },
  { metric: "memory_gb", header: "Memory" },
  { metric: "memory_bandwidth_tbs", header: "Bandwidth" },
  { metric: "tdp_w", header: "TDP" },
  { metric: "chip_count", header: "Chips per system", onlyWhenPresent: true },
];

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

type SourceEntry = { name: string; licence: string | null; article: { id: string; title: string } | null };

/** Chrome/Firefox text fragment: opens the archived article scrolled to (and highlighting) the quote. */
function textFragment(quote: string): string {
  return `:~:text=${encodeURIComponent(quote).replace(/-/g, "%2D")}`;
}

function specHref(spec: VendorChipSpec): string | null {
  if (spec.quote) return `/sources/${spec.quote.source.id}#${textFragment(spec.quote.text)}`;
  return safeHttpUrl(spec.source.url);
}

/**
 * A missing value: the dash every reader sees, as text (so the table looks as it always has), and what
 * it means for a screen reader, which would otherwise read "dash" or nothing.
 */
function Missing({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

function formatValue(value: VendorChipSpec["value"]): string {
  if (typeof value === "number") return numberFormat.format(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return value ?? "—";
}

/**
 * A value's numbered source marker: "[n]" to the eye, the source's name to a screen reader. The title
 * and tint are on the <sup> itself when it is not a link. The "[", number and "]" stay three pieces of
 * text, as they always were: as one string they are laid out a fraction of a pixel wider.
 */
function SourceMark({
  number,
  name,
  href,
  detail,
}: {
  number: number;
  name: string;
  href: string | null;
  detail: string;
}) {
  const content = (
    <>
      <span aria-hidden="true">[{number}]</span>
      <span className="sr-only">{`Source: ${name}`}</span>
    </>
  );
  return href ? (
    <sup className="source-ref">
      <a href={href} title={detail} className={LINK_CLASS}>
        {content}
      </a>
    </sup>
  ) : (
    <sup className="source-ref muted" title={detail}>
      {content}
    </sup>
  );
}

export function ChipSpecTable({ chips, vendorName }: { chips: VendorChip[]; vendorName: string }) {
  if (chips.length === 0) {
    return <EmptyState title={`No chips by ${vendorName} are recorded yet`} />;
  }

  // Number the sources in reading order: first row first, left to right.
  const sources: SourceEntry[] = [];
  const numberOf = (entry: SourceEntry) => {
    let index = sources.findIndex((s) => s.name === entry.name);
    if (index === -1) index = sources.push(entry) - 1;
    return index + 1;
  };
  const columns = COLUMNS.filter((c) => !c.onlyWhenPresent || chips.some((chip) => chip.specs[c.metric]));

  const rows = chips.map((chip) => {
    const releaseDate = chip.releasedOn ?? chip.announcedOn;
    const dateMark = chip.dateSource
      ? {
          number: numberOf({ name: chip.dateSource.name, licence: null, article: null }),
          name: chip.dateSource.name,
          href: safeHttpUrl(chip.dateSource.url),
        }
      : null;
    const values = columns.map(({ metric }) => {
      const spec = chip.specs[metric];
      if (!spec) return { metric, spec: null, number: 0 };
      const number = numberOf({
        name: spec.source.name,
        licence: spec.source.licence,
        article: spec.quote ? { id: spec.quote.source.id, title: spec.quote.source.title } : null,
      });
      return { metric, spec, number };
    });
    return { chip, releaseDate, dateMark, values };
  });

  return (
    <div>
      <div className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="list-table list-table-top list-table-nowrap vendor-chips min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
            Chips by {vendorName}, with sourced specs. The marker after each value links to its source; &ldquo;—&rdquo;
            means no source gives the value.
          </caption>
          <thead className="bg-zinc-50 text-left dark:bg-zinc-900">
            <tr>
              <th scope="col" className="align-bottom">
                Chip
              </th>
              <th scope="col" className="align-bottom">
                Kind
              </th>
              <th scope="col" className="align-bottom">
                Status
              </th>
              <th scope="col" className="align-bottom">
                Released
              </th>
              {columns.map(({ metric, header }) => (
                <th
                  key={metric}
                  scope="col"
                  className="text-right align-bottom"
                >
                  {header}
                  {SPEC_METRICS[metric].unit ? (
                    <span className="block text-xs font-normal muted">
                      {SPEC_METRICS[metric].unit}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
            {rows.map(({ chip, releaseDate, dateMark, values }) => (
              <tr key={chip.slug}>
                <th scope="row">
                  <a href={`/chips/${chip.slug}`} className={LINK_CLASS}>
                    {chip.name}
                  </a>
                  {chip.nameZh ? (
                    <span lang="zh" className="block text-xs font-normal muted">
                      {chip.nameZh}
                    </span>
                  ) : null}
                </th>
                <td>
                  {CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind}
                </td>
                <td>
                  {chip.status ? (CHIP_STATUS_LABELS[chip.status as ChipStatus] ?? chip.status) : <Missing label="Not given" />}
                </td>
                <td>
                  {releaseDate ? (
                    <>
                      {chip.releasedOn ? null : "Announced "}
                      <DateLabel date={new Date(releaseDate)} precision={chip.datePrecision} />
                      {dateMark ? (
                        <SourceMark
                          number={dateMark.number}
                          name={dateMark.name}
                          href={dateMark.href}
                          detail={`Date: ${dateMark.name}`}
                        />
                      ) : null}
                    </>
                  ) : (
                    <Missing label="Not given" />
                  )}
                </td>
                {values.map(({ metric, spec, number }) => (
                  <td key={metric} className="num ink">
                    {spec ? (
                      <>
                        {formatValue(spec.value)}
                        <SourceMark
                          number={number}
                          name={spec.source.name}
                          href={specHref(spec)}
                          detail={[
                            spec.source.name + (spec.source.licence ? ` (${spec.source.licence})` : ""),
                            spec.note,
                            spec.quote ? `“${spec.quote.text}”` : null,
                          ]
                            .filter(Boolean)
                            .join(" — ")}
                        />
                      </>
                    ) : (
                      <span className="muted">
                        <Missing label="Not known" />
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id="spec-sources-heading" className="mt-4 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Sources of these values
      </h3>
      <ol aria-labelledby="spec-sources-heading" className="mt-1 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        {sources.map((source, index) => {
          const credit = DATA_CREDITS.find((c) => c.name === source.name);
          return (
            <li key={source.name}>
              <span className="font-medium tabular-nums">[{index + 1}]</span>{" "}
              {credit ? (
                <a href={credit.url} className={LINK_CLASS}>
                  {source.name}
                </a>
              ) : (
                source.name
              )}
              {source.licence ?? (credit ? credit.licence : null) ? <> ({source.licence ?? credit?.licence})</> : null}
              {source.article ? (
                <>
                  : quoted from{" "}
                  <TextLink href={`/sources/${source.article.id}`}>
                    <cite>{source.article.title}</cite>
                  </TextLink>
                </>
              ) : credit ? (
                <>: each value links to the page the dataset cites.</>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
