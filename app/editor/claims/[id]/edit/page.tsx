import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/editor/claim-form";
import { ClaimStatusBadge } from "@/components/editor/claim-status-badge";
import { EditorBreadcrumb } from "@/components/editor/form-parts";
import { Container } from "@/components/ui/container";
import { updateClaimAction } from "@/lib/actions/claims";
import { requireEditor } from "@/lib/auth/guard";
import { getClaimEditValues } from "@/lib/queries/editor-claims";
import { loadClaimFormData, sourceParam } from "../../form-data";

export const metadata: Metadata = { title: "Edit claim" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditClaimPage({ params, searchParams }: Props) {
  await requireEditor();
  const { id } = await params;
  const current = await getClaimEditValues(id);
  if (!current) notFound();
  // ?source= shows another source's text while the editor changes the claim's source
  const sourceId = sourceParam((await searchParams).source) ?? current.values.sourceId ?? null;
  const data = await loadClaimFormData(sourceId);

  return (
    <Container className="flex flex-col gap-6 py-10">
      <EditorBreadcrumb
        trail={[
          { href: "/editor", label: "Editor" },
          { href: `/editor/claims/${id}`, label: "Claim" },
        ]}
      />
      <header className="max-w-3xl">
        <h1 className="flex flex-wrap items-center gap-3 text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
          Edit claim <ClaimStatusBadge status={current.status} />
        </h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Version {current.version}. Saving changes every field at once; its status changes on the claim&rsquo;s page.
        </p>
      </header>
      <ClaimForm
        mode="edit"
        action={updateClaimAction.bind(null, id)}
        initialValues={current.values}
        sources={data.sources}
        picker={data.picker}
        companyNames={data.companyNames}
        chipNames={data.chipNames}
        vendors={data.vendors}
        cancelHref={`/editor/claims/${id}`}
      />
    </Container>
  );
}
