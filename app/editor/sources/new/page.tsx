import type { Metadata } from "next";
import { EditorBreadcrumb } from "@/components/editor/form-parts";
import { SourceForm } from "@/components/editor/source-form";
import { Container } from "@/components/ui/container";
import { createSourceAction } from "@/lib/actions/sources";
import { requireEditor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  await requireEditor();
  return (
    <Container className="flex flex-col gap-6 py-10">
      <EditorBreadcrumb trail={[{ href: "/editor", label: "Editor" }, { href: "/editor/sources", label: "Sources" }]} />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">New source</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Archive an article: its text is kept exactly as saved, with its SHA-256 hash, so every claim can quote it
          word for word. An article already archived (same address or same text) is not added twice.
        </p>
      </header>
      <SourceForm mode="create" action={createSourceAction} />
    </Container>
  );
}
