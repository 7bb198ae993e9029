import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/vendors/text-link";
import {
  EVENT_ACTION_LABELS,
  JURISDICTION_LABELS,
  type EventAction,
  type Jurisdiction,
} from "@/lib/constants";
import type { VendorEvent } from "@/lib/queries/vendors";

/** Export-control events naming a company or its chips, each linking to the timeline filtered to the company. */
export function VendorEvents({
  events,
  companySlug,
  companyName,
}: {
  events: VendorEvent[];
  companySlug: string;
  companyName: string;
}) {
  if (events.length === 0) {
    return <EmptyState title={`No export-control event names ${companyName} or its chips`} />;
  }
  const timeline = `/timeline?${new URLSearchParams({ company: companySlug })}`;
  return (
    <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {events.map((event) => (
        <li key={event.id} className="flex flex-col gap-1.5 p-4">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <DateLabel
              date={event.date}
              precision={event.datePrecision}
              className="font-medium text-zinc-700 tabular-nums dark:text-zinc-300"
            />
            <Badge>{JURISDICTION_LABELS[event.jurisdiction as Jurisdiction] ?? event.jurisdiction}</Badge>
            <span className="text-zinc-600 dark:text-zinc-400">
              {EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}
              {event.authority ? <> &middot; {event.authority}</> : null}
            </span>
          </div>
          <p className="font-medium leading-snug">
            <TextLink href={`${timeline}#event-${event.slug}`}>{event.title}</TextLink>
          </p>
        </li>
      ))}
    </ol>
  );
}
