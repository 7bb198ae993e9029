import type { Metadata } from "next";
import { ChipForm } from "@/components/editor-records/chip-form";
import { RecordHeader } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { createChipAction } from "@/lib/actions/chips";
import { requireEditor } from "@/lib/auth/guard";
import { listCompanyOptions } from "@/lib/queries/editor-records";
import { EMPTY_CHIP_VALUES } from "@/lib/validation/chip-form";

export const metadata: Metadata = { title: "New chip · Editor" };

export default async function NewChipPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditor();
  const [vendors, { vendor }] = await Promise.all([listCompanyOptions(), searchParams]);
  // ?vendor=<slug> (from a company's page) fills the vendor in
  const preset = typeof vendor === "string" ? vendors.find((option) => option.slug === vendor) : undefined;

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/chips", label: "Chips" }}
        current="New chip"
        title="New chip"
        description="Fields marked * are required. Every spec value needs its own source; leave a spec empty when no source gives it."
      />
      <ChipForm
        action={createChipAction}
        initialValues={preset ? { ...EMPTY_CHIP_VALUES, vendor: preset.name } : EMPTY_CHIP_VALUES}
        mode="create"
        vendors={vendors}
      />
    </Container>
  );
}
