import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { CustomerStances } from "@/components/customers/customer-stances";
import { ConflictMarker, StanceLabel } from "@/components/customers/stance-label";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { ClaimList } from "@/components/vendors/claim-list";
import { CompanyIdentity } from "@/components/vendors/company-identity";
import { clampPage } from "@/components/vendors/paging";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { TextLink } from "@/components/vendors/text-link";
import { cellClaimsHref } from "@/components/vendors/vendor-customers";
import { adoptionCells, stancesOfCustomer } from "@/lib/adoption";
import { COUNT_CAP, cappedCount } from "@/lib/constants";
import { countClaims } from "@/lib/queries/claims";
import { getCompanyIdentity, listCompanyNames } from "@/lib/queries/companies";
import { listCompanyClaims, listStanceClaimDetails } from "@/lib/queries/customers";
import { VENDOR_ROLE } from "@/lib/queries/vendors";
import { PagingSchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

const CUSTOMER_CLAIMS_PAGE_SIZE = 10;
const SearchSchema = z.strictObject({ page: PagingSchema.shape.page });

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const company = await getCompanyIdentity(slug);
  return { title: company ? `${company.name} (customer)` : "Customer not found" };
}

export default async function CustomerPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const company = await getCompanyIdentity(slug);
  if (!company) notFound();

  const stanceClaims = await listStanceClaimDetails({ company: slug });
  const rows = stancesOfCustomer(stanceClaims, slug);
  if (rows.length === 0 && !company.roles.includes("customer")) {
    // Not a buyer of anyone's chips: a vendor has its own page; anything else has none here.
    if (company.roles.includes(VENDOR_ROLE)) redirect(`/vendors/${slug}`);
    notFound();
  }
  const latestByVendor = adoptionCells(stanceClaims)
    .filter((cell) => cell.customer === slug)
    .sort((a, b) => a.vendor.localeCompare(b.vendor, "en"));

  const { data: query, problems } = parsePageSearchParams(SearchSchema, await searchParams);
  const claimTotal = await countClaims({ company: slug }, { cap: COUNT_CAP });
  const { page, problem } = clampPage(query.page, claimTotal, CUSTOMER_CLAIMS_PAGE_SIZE);
  const [claims, names] = await Promise.all([
    listCompanyClaims(slug, { page, pageSize: CUSTOMER_CLAIMS_PAGE_SIZE }),
    listCompanyNames(rows.map((row) => row.vendor)),
  ]);
  const allProblems = problem ? [...problems, problem] : problems;
  const vendorName = (vendor: string) => names.get(vendor)?.name ?? vendor;

  return (
    <Container className="flex flex-col gap-12 py-10">
      {allProblems.length > 0 ? <IgnoredParamsNotice problems={allProblems} /> : null}
      <div className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <TextLink href="/customers">All customers</TextLink>
        </nav>
        <CompanyIdentity company={company} eyebrow="Customer" />
        {company.roles.includes(VENDOR_ROLE) ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {company.name} also makes chips: see its <TextLink href={`/vendors/${slug}`}>vendor profile</TextLink>.
          </p>
        ) : null}
      </div>

      <Section
        id="stances"
        title="Whose chips, with what stance"
        description="From the claims in the archived articles: the latest stance towards each vendor, then every claim in date order."
      >
        {latestByVendor.length > 0 ? (
          <ul aria-label="Latest stance by vendor" className="mb-6 flex flex-wrap gap-3">
            {latestByVendor.map((cell) => (
              <li
                key={cell.vendor}
                className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900"
              >
                <span className="font-medium text-zinc-900 dark:text-zinc-100">{vendorName(cell.vendor)}</span>
                <StanceLabel stance={cell.stance} />
                {cell.conflicting ? <ConflictMarker /> : null}
                <TextLink href={cellClaimsHref(cell)} className="text-xs">
                  {cell.claims.length} {cell.claims.length === 1 ? "claim" : "claims"}
                  <span className="sr-only"> behind {company.name}&rsquo;s stance towards {vendorName(cell.vendor)}</span>
                </TextLink>
              </li>
            ))}
          </ul>
        ) : null}
        <CustomerStances rows={rows} customerName={company.name} names={names} />
      </Section>

      <Section
        id="claims"
        title="Every claim"
        description={`${cappedCount(claimTotal)} ${claimTotal === 1 ? "claim names" : "claims name"} ${company.name}, newest first; undated claims last.`}
      >
        <ClaimList claims={claims} empty={`No published claim names ${company.name} yet`} />
        <Pagination
          basePath={`/customers/${slug}`}
          params={{ page }}
          page={page}
          pageSize={CUSTOMER_CLAIMS_PAGE_SIZE}
          total={claimTotal}
          label="Claims pages"
        />
      </Section>
    </Container>
  );
}
