import Link from "next/link";
import { DateLabel } from "@/components/ui/date-label";
import { CHIP_KIND_LABELS, CHIP_STATUS_LABELS, type ChipKind, type ChipStatus, type SpecMetric } from "@/lib/constants";
import type { ChipTableRow } from "@/lib/queries/chip-table";
import {
  formatSpecValue,
  formatTflopsPerWatt,
  nextSortDirection,
  type ChipSortKey,
  type SortDirection,
} from "@/lib/specs";
import { NotKnown } from "./not-known";
import { SourceMark } from "./spec-source";
import { linkClass, mutedClass, tableClass } from "./styles";

// Twelve columns: tighter padding than the other tables so they fit a laptop screen (`chip-table`,
// app/styles/tables.css); the table's rules style its cells, row headers and checkboxes, which carry
// no class list of their own. The rows' links are plain <a>: a page of rows need not prefetch two
// routes a row (the column headers, which re-sort this page, stay next/link).

// The /chips spec table: one row per chip, a checkbox to pick it for comparison, and column
// headers that sort the table through the URL. Server-rendered; works without JavaScript.

type Column = { key: ChipSortKey; label: string; unit?: string; numeric?: boolean };

const COLUMNS: Column[] = [
  { key: "name", label: "Name" },
  { key: "vendor", label: "Vendor" },
  { key: "kind", label: "Kind" },
  { key: "status", label: "Status" },
  { key: "released", label: "Released" },
  { key: "bf16_tflops", label: "BF16/FP16", unit: "TFLOPS", numeric: true },
  { key: "int8_tops", label: "INT8", unit: "TOPS", numeric: true },
  { key: "memory_gb", label: "Memory", unit: "GB", numeric: true },
  { key: "memory_bandwidth_tbs", label: "Bandwidth", unit: "TB/s", numeric: true },
  { key: "tdp_w", label: "TDP", unit: "W", numeric: true },
  { key: "tflops_per_watt", label: "TFLOPS/W", unit: "derived", numeric: true },
];

export function ChipTable({
  rows,
  sort,
  dir,
  sortHref,
  caption,
}: {
  rows: ChipTableRow[];
  sort: ChipSortKey;
  dir: SortDirection;
  /** the URL of this table sorted by `key` in `dir`, keeping the filters */
  sortHref: (key: ChipSortKey, dir: SortDirection) => string;
  caption: string;
}) {
  return (
    <table className={`${tableClass} chip-table`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            Pick
          </th>
          {COLUMNS.map((column) => {
            const sorted = column.key === sort;
            const target = nextSortDirection(column.key, { sort, dir });
            return (
              <th
                key={column.key}
                scope="col"
                aria-sort={sorted ? (dir === "asc" ? "ascending" : "descending") : undefined}
                className={column.numeric ? "text-right" : undefined}
              >
                <Link
                  href={sortHref(column.key, target)}
                  className={`inline-flex items-center gap-1 ${linkClass} ${sorted ? "font-bold" : ""}`}
                >
                  <span>
                    {column.label}
                    {column.unit ? <span className="block font-normal">({column.unit})</span> : null}
                  </span>
                  <span aria-hidden="true" className="text-[0.7rem]">
                    {sorted ? (dir === "asc" ? "▲" : "▼") : "↕"}
                  </span>
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((chip) => (
          <ChipRow key={chip.slug} chip={chip} />
        ))}
      </tbody>
    </table>
  );
}

function SpecCell({ chip, metric }: { chip: ChipTableRow; metric: SpecMetric }) {
  const spec = chip.specs[metric];
  return (
    <td className="num">
      {spec ? (
        <>
          {formatSpecValue(spec.value)}
          <SourceMark metric={metric} source={spec.source} />
        </>
      ) : (
        <NotKnown />
      )}
    </td>
  );
}

function ChipRow({ chip }: { chip: ChipTableRow }) {
  const nameId = `chip-name-${chip.slug}`;
  const memoryType = chip.specs.memory_type;
  return (
    <tr>
      <td>
        <input type="checkbox" name="chips" value={chip.slug} aria-labelledby={nameId} />
      </td>
      <th scope="row">
        <a id={nameId} href={`/chips/${chip.slug}`} className={linkClass}>
          {chip.name}
        </a>
      </th>
      <td className="whitespace-nowrap">
        <a href={`/vendors/${chip.vendor.slug}`} className={linkClass}>
          {chip.vendor.name}
        </a>
      </td>
      <td>{CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind}</td>
      <td>
        {chip.status ? (CHIP_STATUS_LABELS[chip.status as ChipStatus] ?? chip.status) : <NotKnown label="Not given" />}
      </td>
      <td className="whitespace-nowrap tabular-nums">
        {chip.date ? (
          <>
            {chip.dateIsAnnouncement ? <span className={mutedClass}>Announced </span> : null}
            <DateLabel date={new Date(chip.date)} precision={chip.datePrecision} />
          </>
        ) : (
          <NotKnown label="Not given" />
        )}
      </td>
      <SpecCell chip={chip} metric="bf16_tflops" />
      <SpecCell chip={chip} metric="int8_tops" />
      <td className="num">
        {chip.specs.memory_gb ? (
          <>
            {formatSpecValue(chip.specs.memory_gb.value)}
            <SourceMark metric="memory_gb" source={chip.specs.memory_gb.source} />
          </>
        ) : (
          <NotKnown />
        )}
        {memoryType ? (
          <span className={`block text-xs ${mutedClass}`}>
            {formatSpecValue(memoryType.value)}
            <SourceMark metric="memory_type" source={memoryType.source} />
          </span>
        ) : null}
      </td>
      <SpecCell chip={chip} metric="memory_bandwidth_tbs" />
      <SpecCell chip={chip} metric="tdp_w" />
      <td className="num">
        {chip.tflopsPerWatt === null ? (
          <NotKnown />
        ) : (
          <>
            {formatTflopsPerWatt(chip.tflopsPerWatt)}
            <span className="sr-only"> (derived)</span>
          </>
        )}
      </td>
    </tr>
  );
}
