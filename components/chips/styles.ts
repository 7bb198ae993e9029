// Class names the chip pieces share, matching the site's links, tables and controls in both themes.
export const linkClass = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";
export const tableClass = "min-w-full border-collapse text-left text-sm";
export const captionClass = "mb-2 text-left text-sm text-zinc-700 dark:text-zinc-300";
export const headCellClass =
  "border-b border-zinc-300 bg-zinc-50 px-3 py-2 align-bottom text-xs font-semibold text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200";
export const cellClass = "border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-800";
export const mutedClass = "text-zinc-600 dark:text-zinc-400";
export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800";
export const fieldClass =
  "mt-1 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100";
