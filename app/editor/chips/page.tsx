import type { Metadata } from "next";
import Link from "next/link";
import { RecordAnchor, RecordHeader, historyLink } from "@/components/editor-records/record-header";
import {
  ListSearch,
  NewRecordLink,
  cellClass,
  cellLinkClass,
  headCellClass,
  linkClass,
  listCaption,
  mutedClass,
  tableClass,
} from "@/components/editor-records/record-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireEditor } from "@/lib/auth/guard";
import { CHIP_KIND_LABELS, CHIP_STATUS_LABELS, type ChipKind, type ChipStatus } from "@/lib/constants";
import { EditorListQuerySchema } from "@/lib/editor-records/fields";
import { EDITOR_LIST_PAGE_SIZE, listEditorChips } from "@/lib/queries/editor-records";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = { title: "Chips · Editor" };

export default async function EditorChipsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireEditor();
  const { data: query, problems } = parsePageSearchParams(EditorListQuerySchema, await searchParams);
  const { chips, total } = await listEditorChips(query);
  const noun = { one: "chip", many: "chips" };

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/chips", label: "Chips" }}
        title="Chips"
        description="Chips, systems and product lines, each with its vendor and its sourced specs."
      />
      <IgnoredParamsNotice problems={problems} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ListSearch path="/editor/chips" label="Search chips by name, alias or vendor" defaultValue={query.q} />
        <NewRecordLink href="/editor/chips/new" label="New chip" />
      </div>
      {chips.length === 0 ? (
        <EmptyState title={total === 0 ? listCaption(noun, 1, 1, 0, 0, query.q) : `There is no page ${query.page}`}>
          <Link href="/editor/chips" className={linkClass}>
            All chips
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" role="region" aria-label="Chips table" tabIndex={0}>
          <table className={tableClass}>
            <caption className="sr-only">{listCaption(noun, query.page, EDITOR_LIST_PAGE_SIZE, chips.length, total, query.q)}, by name</caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  Name
                </th>
                <th scope="col" className={headCellClass}>
                  Vendor
                </th>
                <th scope="col" className={headCellClass}>
                  Kind
                </th>
                <th scope="col" className={headCellClass}>
                  Status
                </th>
                <th scope="col" className={headCellClass}>
                  Specs
                </th>
                <th scope="col" className={headCellClass}>
                  Links
                </th>
              </tr>
            </thead>
            <tbody>
              {chips.map((chip) => (
                <tr key={chip.id}>
                  <th scope="row" className={`${cellClass} font-medium`}>
                    <Link href={`/editor/chips/${chip.slug}/edit`} className={linkClass}>
                      {chip.name}
                    </Link>
                    <span className={`block text-xs font-normal ${mutedClass}`}>{chip.slug}</span>
                  </th>
                  <td className={cellClass}>{chip.vendor.name}</td>
                  <td className={cellClass}>{CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind}</td>
                  <td className={cellClass}>
                    {chip.status ? (CHIP_STATUS_LABELS[chip.status as ChipStatus] ?? chip.status) : <span className={mutedClass}>Unknown</span>}
                  </td>
                  <td className={`${cellClass} tabular-nums`}>{chip.specCount}</td>
                  <td className={cellClass}>
                    <span className="flex flex-wrap gap-x-3">
                      <Link href={`/editor/chips/${chip.slug}/edit`} className={cellLinkClass} aria-label={`Edit ${chip.name}`}>
                        Edit
                      </Link>
                      <RecordAnchor className={cellLinkClass} link={{ ...historyLink("Chip", chip.id), ariaLabel: `History of ${chip.name}` }} />
                      <RecordAnchor className={cellLinkClass} link={{ href: `/chips/${chip.slug}`, label: "Public page", ariaLabel: `Public page of ${chip.name}` }} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/editor/chips" params={{ q: query.q }} page={query.page} pageSize={EDITOR_LIST_PAGE_SIZE} total={total} label="Chip pages" />
    </Container>
  );
}
