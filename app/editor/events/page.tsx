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
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
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
  const noun = { one: "event", many: "events" };

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/events", label: "Export-control events" }}
        title="Export-control events"
        description="Rules, licence decisions, listings and guidance on both sides of the Pacific, each with the quotes behind it."
      />
      <IgnoredParamsNotice problems={problems} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ListSearch path="/editor/events" label="Search events by title" defaultValue={query.q} />
        <NewRecordLink href="/editor/events/new" label="New event" />
      </div>
      {events.length === 0 ? (
        <EmptyState title={total === 0 ? listCaption(noun, 1, 1, 0, 0, query.q) : `There is no page ${query.page}`}>
          <Link href="/editor/events" className={linkClass}>
            All events
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" role="region" aria-label="Events table" tabIndex={0}>
          <table className={tableClass}>
            <caption className="sr-only">
              {listCaption(noun, query.page, EDITOR_LIST_PAGE_SIZE, events.length, total, query.q)}, newest first, undated last
            </caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  Title
                </th>
                <th scope="col" className={headCellClass}>
                  Date
                </th>
                <th scope="col" className={headCellClass}>
                  Jurisdiction
                </th>
                <th scope="col" className={headCellClass}>
                  Action
                </th>
                <th scope="col" className={headCellClass}>
                  Quotes
                </th>
                <th scope="col" className={headCellClass}>
                  Links
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/editor/events" params={{ q: query.q }} page={query.page} pageSize={EDITOR_LIST_PAGE_SIZE} total={total} label="Event pages" />
    </Container>
  );
}
