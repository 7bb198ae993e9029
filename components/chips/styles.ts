// Class names the chip pieces share, matching the site's links, tables and controls in both themes.
// The link, muted text and table classes are named classes (app/globals.css, app/styles/tables.css):
// a `data-table` styles its header and body cells itself, so the cells carry no class list of their own.
export const linkClass = "link";
export const tableClass = "data-table";
export const captionClass = "mb-2 text-left text-sm text-zinc-700 dark:text-zinc-300";
export const mutedClass = "muted";
export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800";
export const fieldClass =
  "mt-1 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100";
