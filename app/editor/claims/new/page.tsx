import type { Metadata } from "next";
import { ClaimForm } from "@/components/editor/claim-form";
import { EditorBreadcrumb } from "@/components/editor/form-parts";
import { Container } from "@/components/ui/container";
import { createClaimAction } from "@/lib/actions/claims";
import { requireEditor } from "@/lib/auth/guard";
import { prefillNames } from "@/lib/queries/suggestions";
import { parseClaimPrefill } from "@/lib/validation/prefill";
import { loadClaimFormData, sourceParam } from "../form-data";

export const metadata: Metadata = { title: "New claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewClaimPage({ searchParams }: Props) {
  await requireEditor();
  const params = await searchParams;
  const sourceId = sourceParam(params.source);
  // ?kind=&company=<slug>&chips=<slug,slug>&quote= (a suggestion's "Create draft"): bad values are ignored
  const prefill = parseClaimPrefill(params);
  const [data, names] = await Promise.all([loadClaimFormData(sourceId), prefillNames(prefill.company, prefill.chips)]);
  // an unknown ?source= chooses nothing
  const preset = data.picker ? data.picker.id : "";

  return (
    <Container className="flex flex-col gap-6 py-10">
      <EditorBreadcrumb
        trail={[
          { href: "/editor", label: "Editor" },
          ...(data.picker ? [{ href: `/editor/sources/${data.picker.id}`, label: data.picker.title }] : []),
        ]}
      />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">New claim</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          What one archived article says, in its own words: choose the source, select the quote in its text, and say
          who and what it is about. A new claim is a draft until it is published.
        </p>
      </header>
      <ClaimForm
        mode="create"
        action={createClaimAction}
        initialValues={{
          sourceId: preset,
          confidence: "reported",
          ...(prefill.kind ? { kind: prefill.kind } : {}),
          ...(names.company ? { company: names.company } : {}),
          ...(names.chips.length > 0 ? { chips: names.chips.join(", ") } : {}),
          ...(preset && prefill.quote ? { quote: prefill.quote } : {}),
        }}
        sources={data.sources}
        picker={data.picker}
        companyNames={data.companyNames}
        chipNames={data.chipNames}
        vendors={data.vendors}
        cancelHref={data.picker ? `/editor/sources/${data.picker.id}` : "/editor"}
      />
    </Container>
  );
}
