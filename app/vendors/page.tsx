import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { clampPage } from "@/components/vendors/paging";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { TextLink } from "@/components/vendors/text-link";
import { VendorTable } from "@/components/vendors/vendor-table";
import { countVendors, listVendors } from "@/lib/queries/vendors";
import { PagingSchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = { title: "Chip vendors" };

const VENDORS_PAGE_SIZE = 25;
const SearchSchema = z.strictObject({ page: PagingSchema.shape.page });

export default async function VendorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { data: query, problems } = parsePageSearchParams(SearchSchema, await searchParams);
  const total = await countVendors();
  const { page, problem } = clampPage(query.page, total, VENDORS_PAGE_SIZE);
  const vendors = await listVendors({ page, pageSize: VENDORS_PAGE_SIZE });
  const allProblems = problem ? [...problems, problem] : problems;
  const first = (page - 1) * VENDORS_PAGE_SIZE + 1;

  return (
    <Container className="flex flex-col gap-8 py-10">
      {allProblems.length > 0 ? <IgnoredParamsNotice problems={allProblems} /> : null}
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">Chip vendors</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
          The companies that design AI chips, with how many of their chips the knowledge base records and how many
          claims name those chips. Open a vendor for its chips&rsquo; specs, who buys them, and the export controls
          around it. Who buys whose chips is on the <TextLink href="/customers">customers</TextLink> page.
        </p>
      </header>
      <div>
        <VendorTable
          vendors={vendors}
          caption={
            total > VENDORS_PAGE_SIZE
              ? `Chip vendors ${first}–${first + vendors.length - 1} of ${total}, by name`
              : `All ${total} chip vendors, by name`
          }
        />
        <Pagination
          basePath="/vendors"
          params={{ page }}
          page={page}
          pageSize={VENDORS_PAGE_SIZE}
          total={total}
          label="Vendor pages"
        />
      </div>
    </Container>
  );
}
