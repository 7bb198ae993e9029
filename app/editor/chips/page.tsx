import type { Metadata } from "next";
import Link from "next/link";
import { RecordAnchor, historyLink } from "@/components/editor-records/record-header";
import {
  cellClass,
  cellLinkClass,
  linkClass,
  mutedClass,
  RecordListPage,
} from "@/components/editor-records/record-list";
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

  return (
    <RecordListPage
      path="/editor/chips"
      title="Chips"
      description="Chips, systems and product lines, each with its vendor and its sourced specs."
      searchLabel="Search chips by name, alias or vendor"
      newLabel="New chip"
      noun={{ one: "chip", many: "chips" }}
      order="by name"
      columns={["Name", "Vendor", "Kind", "Status", "Specs", "Links"]}
      shown={chips.length}
      total={total}
      pageSize={EDITOR_LIST_PAGE_SIZE}
      query={query}
      problems={problems}
      paginationLabel="Chip pages"
    >
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
    </RecordListPage>
  );
}
