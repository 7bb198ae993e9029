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
import { DateLabel } from "@/components/ui/date-label";
import { requireEditor } from "@/lib/auth/guard";
import { EVENT_ACTION_LABELS, JURISDICTION_LABELS, type EventAction, type Jurisdiction } from "@/lib/constants";
import { EditorListQuerySchema } from "@/lib/editor-records/fields";
import { EDITOR_LIST_PAGE_SIZE, listEditorEvents } from "@/lib/queries/editor-records";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = { title: "Export-control events · Editor" };

export default async function EditorEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireEditor();
  const { data: query, problems } = parsePageSearchParams(EditorListQuerySchema, await searchParams);
  const { events, total } = await listEditorEvents(query);

  return (
    <RecordListPage
      path="/editor/events"
      title="Export-control events"
      description="Rules, licence decisions, listings and guidance on both sides of the Pacific, each with the quotes behind it."
      searchLabel="Search events by title"
      newLabel="New event"
      noun={{ one: "event", many: "events" }}
      order="newest first, undated last"
      columns={["Title", "Date", "Jurisdiction", "Action", "Quotes", "Links"]}
      shown={events.length}
      total={total}
      pageSize={EDITOR_LIST_PAGE_SIZE}
      query={query}
      problems={problems}
      paginationLabel="Event pages"
    >
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row" className={`${cellClass} font-medium`}>
                    <Link href={`/editor/events/${event.slug}/edit`} className={linkClass}>
                      {event.title}
                    </Link>
                  </th>
                  <td className={`${cellClass} whitespace-nowrap`}>
                    {event.date ? <DateLabel date={event.date} precision={event.datePrecision} /> : <span className={mutedClass}>Undated</span>}
                  </td>
                  <td className={cellClass}>{JURISDICTION_LABELS[event.jurisdiction as Jurisdiction] ?? event.jurisdiction}</td>
                  <td className={cellClass}>{EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}</td>
                  <td className={`${cellClass} tabular-nums`}>{event.quoteCount}</td>
                  <td className={cellClass}>
                    <span className="flex flex-wrap gap-x-3">
                      <Link href={`/editor/events/${event.slug}/edit`} className={cellLinkClass} aria-label={`Edit “${event.title}”`}>
                        Edit
                      </Link>
                      <RecordAnchor className={cellLinkClass} link={{ ...historyLink("ExportControlEvent", event.id), ariaLabel: `History of “${event.title}”` }} />
                    </span>
                  </td>
                </tr>
              ))}
    </RecordListPage>
  );
}
