// The first focusable element of every page: jumps keyboard and screen-reader users past the header.
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-sky-800 focus:shadow-lg dark:focus:bg-zinc-900 dark:focus:text-sky-300"
    >
      Skip to content
    </a>
  );
}
