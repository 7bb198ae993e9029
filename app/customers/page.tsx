import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { AdoptionMatrix } from "@/components/customers/adoption-matrix";
import { CustomerTable, type CustomerListItem } from "@/components/customers/customer-table";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { clampPage } from "@/components/vendors/paging";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { TextLink } from "@/components/vendors/text-link";
import { adoptionCells, buildAdoptionMatrix, listCustomerSlugs } from "@/lib/adoption";
import { listCompanyNames } from "@/lib/queries/companies";
import { listStanceClaims } from "@/lib/queries/customers";
import { PagingSchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = { title: "Customers and the adoption matrix" };

const CUSTOMERS_PAGE_SIZE = 25;
const SearchSchema = z.strictObject({ page: PagingSchema.shape.page });

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { data: query, problems } = parsePageSearchParams(SearchSchema, await searchParams);
  // One bounded read of the claims that carry a stance; the matrix and the list are built from it.
  const claims = await listStanceClaims();
  const matrix = buildAdoptionMatrix(claims);
  const cells = adoptionCells(claims);
  const allCustomers = listCustomerSlugs(claims);
  const total = allCustomers.length;
  const { page, problem } = clampPage(query.page, total, CUSTOMERS_PAGE_SIZE);
  const first = (page - 1) * CUSTOMERS_PAGE_SIZE;
  const pageCustomers = allCustomers.slice(first, first + CUSTOMERS_PAGE_SIZE);
  const pageSlugs = new Set(pageCustomers.map((c) => c.slug));
  const pageCells = cells.filter((cell) => pageSlugs.has(cell.customer));
  const names = await listCompanyNames([
    ...pageCustomers.map((c) => c.slug),
    ...pageCells.map((cell) => cell.vendor),
    ...matrix.customers.map((c) => c.slug),
    ...matrix.vendors.map((v) => v.slug),
  ]);
  const nameOf = (slug: string) => names.get(slug)?.name ?? slug;
  const customers: CustomerListItem[] = pageCustomers.map(({ slug, claimCount }) => ({
    slug,
    name: nameOf(slug),
    nameZh: names.get(slug)?.nameZh ?? null,
    country: names.get(slug)?.country ?? null,
    claimCount,
    vendors: pageCells
      .filter((cell) => cell.customer === slug)
      .map((cell) => ({ slug: cell.vendor, name: nameOf(cell.vendor), stance: cell.stance, conflicting: cell.conflicting }))
      .sort((a, b) => a.name.localeCompare(b.name, "en")),
  }));
  const allProblems = problem ? [...problems, problem] : problems;

  return (
    <Container className="flex flex-col gap-12 py-10">
      {allProblems.length > 0 ? <IgnoredParamsNotice problems={allProblems} /> : null}
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">Customers</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
          The companies that buy, test, order or turn down AI chips, and whose chips, according to the archived
          articles. Every stance links to the claims behind it and their sources. For the makers, see the{" "}
          <TextLink href="/vendors">vendors</TextLink>.
        </p>
      </header>

      <Section
        id="adoption-matrix"
        title="Adoption matrix"
        description="Who adopts, tests, orders or declines whose chips: the latest claim for each customer and vendor."
      >
        <AdoptionMatrix matrix={matrix} names={names} />
      </Section>

      <Section
        id="customers"
        title="Companies that buy, test or refuse chips"
        description="Each company a claim names as a buyer, tester or refuser of a vendor's chips, with the most claims first."
      >
        <CustomerTable
          customers={customers}
          caption={
            total > CUSTOMERS_PAGE_SIZE
              ? `Customers ${first + 1}–${first + customers.length} of ${total}, most claims first`
              : `All ${total} customers, most claims first`
          }
        />
        <Pagination
          basePath="/customers"
          params={{ page }}
          page={page}
          pageSize={CUSTOMERS_PAGE_SIZE}
          total={total}
          label="Customer pages"
        />
      </Section>
    </Container>
  );
}
