import type { Metadata } from "next";
import { CompanyForm } from "@/components/editor-records/company-form";
import { RecordHeader } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { createCompanyAction } from "@/lib/actions/companies";
import { requireEditor } from "@/lib/auth/guard";
import { EMPTY_COMPANY_VALUES } from "@/lib/validation/company-form";

export const metadata: Metadata = { title: "New company · Editor" };

export default async function NewCompanyPage() {
  await requireEditor();
  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/companies", label: "Companies" }}
        current="New company"
        title="New company"
        description="Fields marked * are required. The name, the Chinese name and every alias find the company when an editor types it in a claim, chip or event."
      />
      <CompanyForm action={createCompanyAction} initialValues={EMPTY_COMPANY_VALUES} mode="create" />
    </Container>
  );
}
