import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import {
  EVENT_ACTION_LABELS,
  JURISDICTION_LABELS,
  type EventAction,
  type Jurisdiction,
} from "@/lib/constants";
import type { LatestEvent } from "@/lib/queries/dashboard";

export function LatestEvents({ events }: { events: LatestEvent[] }) {
  if (events.length === 0) {
    return <EmptyState title="No export-control events yet" />;
  }
  return (
    <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {events.map((event) => (
        <li key={event.id} className="event">
          <div className="badge-row">
            <DateLabel date={event.date} precision={event.datePrecision} className="event-date" />
            <Badge>{JURISDICTION_LABELS[event.jurisdiction as Jurisdiction] ?? event.jurisdiction}</Badge>
            <span className="muted">
              {EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}
              {event.authority ? <> &middot; {event.authority}</> : null}
            </span>
          </div>
          <h3>{event.title}</h3>
        </li>
      ))}
    </ol>
  );
}
