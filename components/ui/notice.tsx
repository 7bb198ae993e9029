import type { ReactNode } from "react";
import type { QueryProblem } from "@/lib/validation/api";

// What a page did with its address: the parameters it ignored (and why), chips it could not
// find, or that a list was cut short. A status message, so screen readers announce it without
// moving focus.
export function Notice({ title, items, children }: { title?: string; items?: string[]; children?: ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {items && items.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {items.map((item, index) => (
            <li key={`${index}:${item}`}>{item}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/** "Ignored: …" for each URL parameter the page dropped, so a reader knows why the defaults apply. */
export function IgnoredParamsNotice({ problems }: { problems: QueryProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice
      title="Part of this address was ignored, so the defaults apply instead:"
      items={problems.map((problem) => `Ignored: ${problem.message}`)}
    />
  );
}
