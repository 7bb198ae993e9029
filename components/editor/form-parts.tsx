import Link from "next/link";

// Small pieces the editor's source and claim forms share.

export const BUTTON_PRIMARY =
  "inline-flex items-center rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-70";
export const BUTTON_SECONDARY =
  "inline-flex items-center rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800";
export const BUTTON_DANGER =
  "inline-flex items-center rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:opacity-70";
export const LINK =
  "font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

/** A labelled checkbox (the label is clickable and names the box). */
export function CheckboxField({
  name,
  value,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  value?: string;
  label: React.ReactNode;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <label className="flex items-start gap-2 text-sm text-zinc-900 dark:text-zinc-100">
      <input
        type="checkbox"
        name={name}
        value={value ?? "on"}
        defaultChecked={defaultChecked}
        className="mt-0.5 size-4 accent-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      />
      <span>
        <span className="font-medium">{label}</span>
        {hint ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hint}</span> : null}
      </span>
    </label>
  );
}

/** A trail of links back up the editor's pages. */
export function EditorBreadcrumb({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2 text-zinc-700 dark:text-zinc-300">
        {trail.map((step, index) => (
          <li key={step.href} className="flex gap-x-2">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            <Link href={step.href} className={LINK}>
              {step.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
