// A claim's editorial status, in words (never colour alone). Readers see published and disputed claims only.
const STATUS_STYLES: Record<string, { label: string; className: string }> = {
  draft: {
    label: "Draft",
    className: "bg-zinc-100 text-zinc-900 ring-zinc-400 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-600",
  },
  published: {
    label: "Published",
    className: "bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-800",
  },
  disputed: {
    label: "Disputed",
    className: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800",
  },
  retracted: {
    label: "Retracted",
    className: "bg-red-50 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-100 dark:ring-red-800",
  },
};

export function claimStatusLabel(status: string): string {
  return STATUS_STYLES[status]?.label ?? status;
}

export function ClaimStatusBadge({ status }: { status: string }) {
  const style = STATUS_STYLES[status] ?? STATUS_STYLES.draft;
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>
      {STATUS_STYLES[status]?.label ?? status}
    </span>
  );
}
