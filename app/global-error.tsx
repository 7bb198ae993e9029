"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own document and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body className="font-sans">
        <title>Something went wrong · Chipwatch</title>
        <main id="main" className="mx-auto max-w-3xl px-4 py-20">
          <p className="text-lg font-semibold">Chipwatch</p>
          <h1 className="mt-4 text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">
            The site could not be shown. Trying again often helps; if it does not, the problem is on our side.
          </p>
          {digest ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Reference: <code className="font-mono">{digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-zinc-950 dark:hover:bg-sky-300"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
