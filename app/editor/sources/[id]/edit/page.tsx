import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/editor/form-parts";
import { SourceForm } from "@/components/editor/source-form";
import { Container } from "@/components/ui/container";
import { updateSourceAction } from "@/lib/actions/sources";
import { requireEditor } from "@/lib/auth/guard";
import { getSourceEditValues } from "@/lib/queries/editor-sources";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const { id } = await params;
  const current = await getSourceEditValues(id);
  if (!current) notFound();
  return (
    <Container className="flex flex-col gap-6 py-10">
      <EditorBreadcrumb
        trail={[
          { href: "/editor", label: "Editor" },
          { href: "/editor/sources", label: "Sources" },
          { href: `/editor/sources/${id}`, label: current.values.title ?? "Source" },
        ]}
      />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Edit source details</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">Version {current.version}.</p>
      </header>
      <SourceForm
        mode="edit"
        action={updateSourceAction.bind(null, id)}
        initialValues={current.values}
        cancelHref={`/editor/sources/${id}`}
      />
    </Container>
  );
}
