import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { RecordAnchor, RecordHeader, companyPublicLink, historyLink, type RecordLink } from "@/components/editor-records/record-header";
import {
  ListSearch,
  NewRecordLink,
  cellClass,
  cellLinkClass,
  headCellClass,
  linkClass,
  listCaption,
  mutedClass,
  tableClass,
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
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/companies", label: "Companies" }}
        title="Companies"
        description="Chip vendors, customers, AI labs, foundries, regulators and the press: every company the knowledge base names."
      />
      <IgnoredParamsNotice problems={problems} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ListSearch path="/editor/companies" label="Search companies by name or alias" defaultValue={query.q} />
        <NewRecordLink href="/editor/companies/new" label="New company" />
      </div>
      {companies.length === 0 ? (
        <EmptyState title={total === 0 ? listCaption({ one: "company", many: "companies" }, 1, 1, 0, 0, query.q) : `There is no page ${query.page}`}>
          <Link href="/editor/companies" className={linkClass}>
            All companies
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" role="region" aria-label="Companies table" tabIndex={0}>
          <table className={tableClass}>
            <caption className="sr-only">
              {listCaption({ one: "company", many: "companies" }, query.page, EDITOR_LIST_PAGE_SIZE, companies.length, total, query.q)}, by name
            </caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  Name
                </th>
                <th scope="col" className={headCellClass}>
                  Roles
                </th>
                <th scope="col" className={headCellClass}>
                  Country
                </th>
                <th scope="col" className={headCellClass}>
                  Chips
                </th>
                <th scope="col" className={headCellClass}>
                  Links
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        basePath="/editor/companies"
        params={{ q: query.q }}
        page={query.page}
        pageSize={EDITOR_LIST_PAGE_SIZE}
        total={total}
        label="Company pages"
      />
    </Container>
  );
}
