import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/editor/form-field";
import { ChipForm } from "@/components/editor-records/chip-form";
import { RecordHeader, historyLink, savedMessage } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { updateChipAction } from "@/lib/actions/chips";
import { requireEditor } from "@/lib/auth/guard";
import { getChipForEditing, listCompanyOptions } from "@/lib/queries/editor-records";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Edit chip · Editor" };

export default async function EditChipPage({ params, searchParams }: Props) {
  await requireEditor();
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [chip, vendors] = await Promise.all([getChipForEditing(slug), listCompanyOptions()]);
  if (!chip) notFound();
  const savedText = savedMessage(saved, "Chip");

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/chips", label: "Chips" }}
        current={chip.name}
        title={`Edit ${chip.name}`}
        links={[historyLink("Chip", chip.id), { href: `/chips/${chip.slug}`, label: "Public page" }]}
      />
      {savedText ? <FormMessage tone="success">{savedText}</FormMessage> : null}
      <ChipForm
        key={chip.values.version}
        action={updateChipAction.bind(null, chip.id)}
        initialValues={chip.values}
        mode="edit"
        vendors={vendors}
        articleQuotes={chip.articleQuotes}
      />
    </Container>
  );
}
