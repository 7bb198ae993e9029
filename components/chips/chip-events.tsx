import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { EVENT_ACTION_LABELS, JURISDICTION_LABELS, type EventAction, type Jurisdiction } from "@/lib/constants";
import type { ChipProfileEvent } from "@/lib/queries/chips";

// The export-control events naming a chip, oldest first; an undated event says "Undated".
export function ChipEvents({ events, chipName }: { events: ChipProfileEvent[]; chipName: string }) {
  if (events.length === 0) {
    return <EmptyState title={`No export-control event names ${chipName}`} />;
  }
  return (
    <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {events.map((event) => (
        <li key={event.id} className="flex flex-col gap-1.5 p-4">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <DateLabel
              date={event.date ? new Date(event.date) : null}
              precision={event.datePrecision}
              className="font-medium text-zinc-700 tabular-nums dark:text-zinc-300"
            />
            <Badge tone={event.jurisdiction === "US" ? "accent" : event.jurisdiction === "CN" ? "warning" : "neutral"}>
              {JURISDICTION_LABELS[event.jurisdiction as Jurisdiction] ?? event.jurisdiction}
            </Badge>
            <span className="text-zinc-600 dark:text-zinc-400">
              {EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}
            </span>
          </div>
          <h3 className="font-medium leading-snug text-zinc-900 dark:text-zinc-50">{event.title}</h3>
        </li>
      ))}
    </ol>
  );
}
