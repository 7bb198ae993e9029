import type { Metadata } from "next";
import { RecordAnchor, companyPublicLink, historyLink, type RecordLink } from "@/components/editor-records/record-header";
import {
  cellClass,
  cellLinkClass,
  linkClass,
  mutedClass,
  RecordListPage,
} from "@/components/editor-records/record-list";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/guard";
import { COMPANY_ROLE_LABELS, type CompanyRole } from "@/lib/constants";
import { EditorListQuerySchema } from "@/lib/editor-records/fields";
import { EDITOR_LIST_PAGE_SIZE, listEditorCompanies } from "@/lib/queries/editor-records";
import { parsePageSearchParams } from "@/lib/validation/page-params";

const withName = (link: RecordLink, name: string): RecordLink => ({ ...link, ariaLabel: `${link.label} of ${name}` });

export const metadata: Metadata = { title: "Companies · Editor" };

export default async function EditorCompaniesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireEditor();
  const { data: query, problems } = parsePageSearchParams(EditorListQuerySchema, await searchParams);
  const { companies, total } = await listEditorCompanies(query);

  return (
    <RecordListPage
      path="/editor/companies"
      title="Companies"
      description="Chip vendors, customers, AI labs, foundries, regulators and the press: every company the knowledge base names."
      searchLabel="Search companies by name or alias"
      newLabel="New company"
      noun={{ one: "company", many: "companies" }}
      order="by name"
      columns={["Name", "Roles", "Country", "Chips", "Links"]}
      shown={companies.length}
      total={total}
      pageSize={EDITOR_LIST_PAGE_SIZE}
      query={query}
      problems={problems}
      paginationLabel="Company pages"
    >
              {companies.map((company) => (
                <tr key={company.id}>
                  <th scope="row" className={`${cellClass} font-medium`}>
                    <Link href={`/editor/companies/${company.slug}/edit`} className={linkClass}>
                      {company.name}
                    </Link>
                    {company.nameZh ? (
                      <span lang="zh" className={`ml-2 font-normal ${mutedClass}`}>
                        {company.nameZh}
                      </span>
                    ) : null}
                    <span className={`block text-xs font-normal ${mutedClass}`}>{company.slug}</span>
                  </th>
                  <td className={cellClass}>{company.roles.map((role) => COMPANY_ROLE_LABELS[role as CompanyRole] ?? role).join(", ")}</td>
                  <td className={cellClass}>{company.country ?? <span className={mutedClass}>—</span>}</td>
                  <td className={`${cellClass} tabular-nums`}>{company.chipCount}</td>
                  <td className={cellClass}>
                    <span className="flex flex-wrap gap-x-3">
                      <Link href={`/editor/companies/${company.slug}/edit`} className={cellLinkClass} aria-label={`Edit ${company.name}`}>
                        Edit
                      </Link>
                      <RecordAnchor className={cellLinkClass} link={{ ...historyLink("Company", company.id), ariaLabel: `History of ${company.name}` }} />
                      <RecordAnchor className={cellLinkClass} link={withName(companyPublicLink(company.slug, company.roles), company.name)} />
                    </span>
                  </td>
                </tr>
              ))}
    </RecordListPage>
  );
}
