import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/editor/form-field";
import { CompanyForm } from "@/components/editor-records/company-form";
import { RecordHeader, companyPublicLink, historyLink, savedMessage } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { updateCompanyAction } from "@/lib/actions/companies";
import { requireEditor } from "@/lib/auth/guard";
import { getCompanyForEditing } from "@/lib/queries/editor-records";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Edit company · Editor" };

export default async function EditCompanyPage({ params, searchParams }: Props) {
  await requireEditor();
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const company = await getCompanyForEditing(slug);
  if (!company) notFound();
  const savedText = savedMessage(saved, "Company");

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/companies", label: "Companies" }}
        current={company.name}
        title={`Edit ${company.name}`}
        links={[historyLink("Company", company.id), companyPublicLink(company.slug, company.roles)]}
      />
      {savedText ? <FormMessage tone="success">{savedText}</FormMessage> : null}
      <CompanyForm
        key={company.values.version}
        action={updateCompanyAction.bind(null, company.id)}
        initialValues={company.values}
        mode="edit"
      />
    </Container>
  );
}
