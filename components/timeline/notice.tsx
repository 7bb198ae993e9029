import type { QueryProblem } from "@/lib/validation/api";

// A polite, visible note: what the page ignored from its URL, or that a list was cut short.
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      {children}
    </div>
  );
}

/** "Ignored: …" for each URL parameter the page dropped, so it is clear why the filter differs. */
export function IgnoredParams({ problems }: { problems: QueryProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice>
      <p className="font-medium">Some of this address&rsquo;s filters were ignored; the page shows the defaults instead.</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={`${problem.parameter}:${problem.message}`}>Ignored: {problem.message}</li>
        ))}
      </ul>
    </Notice>
  );
}
