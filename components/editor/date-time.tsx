// When something happened, to the minute, in UTC (editors work across time zones).
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function DateTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {dateTime.format(date)}
    </time>
  );
}

/** "created", "published"… as a past-tense phrase for a revision's action. */
export const REVISION_ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  publish: "Published",
  retract: "Retracted",
  dispute: "Marked disputed",
  restore: "Restored",
  seed: "Seeded",
};

export function revisionActionLabel(action: string): string {
  return REVISION_ACTION_LABELS[action] ?? action;
}

export function editorName(user: { name: string | null; email: string } | null): string {
  return user ? (user.name ?? user.email) : "no editor recorded";
}
