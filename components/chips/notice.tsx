import type { ReactNode } from "react";

// What a page did with its URL: the parameters it ignored (and why), or chips it could not find.
// A status message, so screen readers announce it without moving focus.
export function Notice({ title, items, children }: { title: string; items?: string[]; children?: ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">{title}</p>
      {items && items.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
