"use client";

import { useEffect } from "react";
import { Container } from "@/components/ui/container";

// Shown inside the site shell when a page fails to render. Production hides the message; the
// digest matches the server log entry.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <Container className="py-20">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Something went wrong</h1>
      <p className="mt-3 max-w-xl text-zinc-700 dark:text-zinc-300">
        This page could not be shown. Trying again often helps; if it does not, the problem is on our side.
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
    </Container>
  );
}
