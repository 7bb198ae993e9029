import type { QueryProblem } from "@/lib/validation/api";

/** Says which URL parameters a page ignored (and so fell back to its defaults for). */
export function ParamsNotice({ problems }: { problems: QueryProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">Some of the address&rsquo;s parameters were ignored; showing the defaults instead.</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={`${problem.parameter}:${problem.message}`}>Ignored: {problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
