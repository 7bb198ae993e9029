import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Container } from "@/components/ui/container";
import { DEMO_EDITOR } from "@/lib/auth/constants";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/lib/auth/guard";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  // Already signed in: go where the link meant to go.
  if (await getCurrentUser()) redirect(next);

  return (
    <Container className="py-10">
      <div className="mx-auto max-w-sm">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Sign in</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">For editors. Reading Chipwatch needs no account.</p>
        {env.CHIPWATCH_DEMO_ACCOUNTS === "on" ? (
          <p className="mt-4 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
            Demo editor: <span className="font-mono">{DEMO_EDITOR.email}</span> with the password{" "}
            <span className="font-mono">{DEMO_EDITOR.password}</span>.
          </p>
        ) : null}
        <div className="mt-6">
          <SignInForm next={next} />
        </div>
      </div>
    </Container>
  );
}
