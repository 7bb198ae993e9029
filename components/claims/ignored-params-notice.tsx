import type { QueryProblem } from "@/lib/validation/api";

/** What the page ignored in its address, so a reader knows why the defaults apply. */
export function IgnoredParamsNotice({ problems }: { problems: QueryProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="font-semibold">Part of this address was ignored, so the defaults apply instead:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {problems.map((problem, index) => (
          <li key={`${problem.parameter}-${index}`}>Ignored: {problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
