import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Page not found</h1>
      <p className="mt-3 max-w-xl text-zinc-700 dark:text-zinc-300">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="link font-medium">
          Go to the home page
        </Link>
      </p>
    </Container>
  );
}
