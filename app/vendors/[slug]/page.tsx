import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ClaimsByKindChart, VendorClaimsByYearChart } from "@/components/charts/lazy";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { ChipSpecTable } from "@/components/vendors/chip-spec-table";
import { ClaimKindTables } from "@/components/vendors/claim-kind-tables";
import { ClaimList } from "@/components/vendors/claim-list";
import { CompanyIdentity } from "@/components/vendors/company-identity";
import { clampPage } from "@/components/vendors/paging";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { TextLink } from "@/components/vendors/text-link";
import { VendorCustomers } from "@/components/vendors/vendor-customers";
import { VendorEvents } from "@/components/vendors/vendor-events";
import { COUNT_CAP, cappedCount } from "@/lib/constants";
import { getCompanyIdentity } from "@/lib/queries/companies";
import { isClaimCustomer, listVendorCustomers } from "@/lib/queries/customers";
import {
  VENDOR_PROFILE_CHIPS,
  VENDOR_ROLE,
  countVendorChips,
  countVendorClaims,
  countVendorEvents,
  getVendorClaimKindSummary,
  listVendorChips,
  listVendorClaims,
  listVendorEvents,
} from "@/lib/queries/vendors";
import { PagingSchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

const VENDOR_CLAIMS_PAGE_SIZE = 10;
const SearchSchema = z.strictObject({ page: PagingSchema.shape.page });

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  // the page reads the same identity: getCompanyIdentity is cached per request
  const company = await getCompanyIdentity(slug);
  return { title: company ? `${company.name} (chip vendor)` : "Vendor not found" };
}

export default async function VendorPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const company = await getCompanyIdentity(slug);
  if (!company) notFound();
  if (!company.roles.includes(VENDOR_ROLE)) {
    // A company that buys rather than makes chips has a customer page instead.
    if (company.roles.includes("customer") || (await isClaimCustomer(slug))) redirect(`/customers/${slug}`);
    notFound();
  }

  const { data: query, problems } = parsePageSearchParams(SearchSchema, await searchParams);
  // Every read by the company's id, at once. The first page of claims (no page parameter: most
  // visits) is read alongside, as it is always a valid page; any other waits for the count to clamp it.
  const [chips, chipTotal, customers, events, eventTotal, summary, claimTotal, firstPage] = await Promise.all([
    listVendorChips(company.id, VENDOR_PROFILE_CHIPS),
    countVendorChips(company.id),
    listVendorCustomers(company.id),
    listVendorEvents(company.id),
    countVendorEvents(company.id),
    getVendorClaimKindSummary(company.id),
    countVendorClaims(company.id, { cap: COUNT_CAP }),
    query.page === 1 ? listVendorClaims(company.id, { page: 1, pageSize: VENDOR_CLAIMS_PAGE_SIZE }) : null,
  ]);
  const { page, problem } = clampPage(query.page, claimTotal, VENDOR_CLAIMS_PAGE_SIZE);
  const claims =
    page === 1 && firstPage ? firstPage : await listVendorClaims(company.id, { page, pageSize: VENDOR_CLAIMS_PAGE_SIZE });
  const allProblems = problem ? [...problems, problem] : problems;

  return (
    <Container className="flex flex-col gap-12 py-10">
      {allProblems.length > 0 ? <IgnoredParamsNotice problems={allProblems} /> : null}
      <div className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <TextLink href="/vendors">All vendors</TextLink>
        </nav>
        <CompanyIdentity company={company} eyebrow="Chip vendor" />
      </div>

      <Section
        id="chips"
        title="Chips"
        description={
          chipTotal > chips.length ? (
            <>
              The first {chips.length} of {chipTotal} chips, systems and product lines, by name; specs as the datasets and
              articles give them.{" "}
              <TextLink href={`/chips?${new URLSearchParams({ vendor: slug })}`}>
                All {chipTotal} in the chips table
              </TextLink>
              , where they can be sorted, filtered and exported.
            </>
          ) : (
            `${chips.length} ${chips.length === 1 ? "chip, system or product line" : "chips, systems and product lines"}; specs as the datasets and articles give them.`
          )
        }
      >
        <ChipSpecTable chips={chips} vendorName={company.name} />
      </Section>

      <Section
        id="customers"
        title="Who adopts, tests, orders or declines its chips"
        description="From the claims in the archived articles, grouped by customer: each customer's latest claim and its source."
      >
        <VendorCustomers customers={customers.customers} more={customers.more} vendorName={company.name} />
      </Section>

      <Section
        id="export-controls"
        title="Export controls naming it"
        description={
          <>
            {eventTotal > events.length
              ? `The latest ${events.length} of ${eventTotal} actions by regulators that name ${company.name} or one of its chips, newest first. `
              : `Actions by regulators that name ${company.name} or one of its chips, newest first. `}
            <TextLink href={`/timeline?${new URLSearchParams({ company: slug })}`}>See them on the timeline</TextLink>.
          </>
        }
      >
        <VendorEvents events={events} companySlug={slug} companyName={company.name} />
      </Section>

      <Section
        id="claims-by-kind"
        title="Claims by kind"
        description={
          summary.byYear
            ? "Claims about the vendor or its chips, by kind and by year of the claim; undated claims are counted apart."
            : "Claims about the vendor or its chips, by kind. None of them is dated, so they are not plotted over time."
        }
      >
        {summary.total > 0 ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <figure className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              {summary.byYear ? (
                <VendorClaimsByYearChart
                  buckets={summary.byYear}
                  kinds={summary.byKind}
                  title={`Claims about ${company.name} by year and kind`}
                />
              ) : (
                <ClaimsByKindChart data={summary.byKind} title={`Claims about ${company.name} by kind`} />
              )}
              <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                {summary.total} {summary.total === 1 ? "claim" : "claims"} in all. The table gives the same counts.
              </figcaption>
            </figure>
            <ClaimKindTables summary={summary} companyName={company.name} />
          </div>
        ) : (
          <p className="text-zinc-700 dark:text-zinc-300">No published claim is about {company.name} yet.</p>
        )}
      </Section>

      <Section
        id="claims"
        title="Every claim"
        description={`${claimTotal === 1 ? "1 claim" : `${cappedCount(claimTotal)} claims`} about ${company.name} or its chips, newest first; undated claims last.`}
      >
        <ClaimList claims={claims} empty={`No published claim is about ${company.name} yet`} />
        <Pagination
          basePath={`/vendors/${slug}`}
          params={{ page }}
          page={page}
          pageSize={VENDOR_CLAIMS_PAGE_SIZE}
          total={claimTotal}
          label="Claims pages"
        />
      </Section>
    </Container>
  );
}
