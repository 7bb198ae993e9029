import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActiveFilters, type ActiveFilter } from "@/components/claims/active-filters";
import { ClaimResult } from "@/components/claims/claim-result";
import { ClaimsFilterForm } from "@/components/claims/claims-filter-form";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { COUNT_CAP, claimCountLabel } from "@/lib/constants";
import { resolveNameFilters } from "@/lib/queries/filter-names";
import { chipVendorSlugs, countClaims, findClaimContradictions, listClaims } from "@/lib/queries/claims";
import type { QueryProblem } from "@/lib/validation/api";
import {
  CLAIMS_PAGE_SIZE,
  DEFAULT_READER_STATUS,
  READER_STATUS_LABELS,
  claimsExportHref,
  claimsHref,
  claimsSearchParams,
  kindLabel,
  parseClaimsPageParams,
  statusesFor,
  withoutEmptyParams,
  type ClaimsExplorerFilters,
} from "./claims-query";

export const metadata: Metadata = {
  title: "Claims",
  description: "Every sourced claim about who adopts, tests, orders or declines which AI chips, with the article's own words.",
};

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  // A filter form sends its "All" choices as empty parameters: keep the shared URL to the filters in force.
  const canonical = withoutEmptyParams(raw);
  if (canonical !== null) redirect(canonical ? `/claims?${canonical}` : "/claims");

  const { data: query, problems } = parseClaimsPageParams(raw);
  const named = await resolveNameFilters("/claims", raw, query);
  // A name typed in a filter field: the same filters under the record's slug, the address to share.
  if (named.redirectTo) redirect(named.redirectTo);
  // A value that names nothing (or several) is not applied, and said so on its field and in the notice.
  const { company, chip } = named;
  query.company = company?.slug;
  query.chip = chip?.slug;
  const notices: QueryProblem[] = [...problems, ...named.problems];

  const { page: requestedPage, ...filters } = query;
  const where = { ...filters, statuses: statusesFor(filters.status) };
  const total = await countClaims(where, { cap: COUNT_CAP });
  const lastPage = Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE));
  let page = requestedPage;
  if (page > lastPage) {
    notices.push({ parameter: "page", message: `page ${page} is past the last page (${lastPage})` });
    page = 1;
  }

  const claims = await listClaims({ ...where, page, pageSize: CLAIMS_PAGE_SIZE });
  const [contradictions, vendorSlugs] = await Promise.all([
    findClaimContradictions(claims.map((claim) => claim.id)),
    chipVendorSlugs(claims.flatMap((claim) => [claim.company.slug, ...claim.companies.map((c) => c.slug)])),
  ]);

  const active = activeFilters(filters, { company: company?.name, chip: chip?.name });
  const filtered = active.some((filter) => filter.removeHref);

  return (
    <Container className="flex flex-col gap-8 py-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Claims</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          What the archived articles say about who adopts, tests, orders or turns down which chips, each claim in
          the article&rsquo;s own words. Claims about the same customer and vendor that say opposite things are
          marked on both sides.
        </p>
      </header>

      <IgnoredParamsNotice problems={notices} />

      {/* On narrow screens the filters come first: a way past them to the results. */}
      <p className="-mt-4 text-sm lg:hidden">
        <a
          href="#results-heading"
          className="link font-medium"
        >
          Skip to the results ({claimCountLabel(total)})
        </a>
      </p>

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <section aria-labelledby="filters-heading" className="lg:self-start">
          <h2 id="filters-heading" className="mb-4 text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Filters
          </h2>
          <ClaimsFilterForm
            filters={filters}
            names={named.names}
            errors={named.errors}
          />
        </section>

        <section aria-labelledby="results-heading" className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
            <h2 id="results-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
              {claimCountLabel(total)}
            </h2>
            <p className="flex flex-wrap gap-4 text-sm">
              <a
                href={claimsExportHref(filters, "csv")}
                download
                className="link font-medium"
              >
                Download CSV
              </a>
              <a
                href={claimsExportHref(filters, "json")}
                download
                className="link font-medium"
              >
                Download JSON
              </a>
            </p>
          </div>
          <ActiveFilters filters={active} />

          {claims.length === 0 ? (
            <EmptyState title="No claims match these filters">
              {filters.from || filters.to ? <p>Undated claims never match a date range.</p> : null}
              {filtered ? (
                <p className="mt-1">
                  <Link href="/claims" className="font-medium text-sky-800 underline dark:text-sky-300">
                    Clear filters
                  </Link>{" "}
                  to see every published claim.
                </p>
              ) : null}
            </EmptyState>
          ) : (
            <ol className="flex flex-col gap-4" aria-labelledby="results-heading">
              {claims.map((claim) => (
                <li key={claim.id}>
                  <ClaimResult claim={claim} vendorSlugs={vendorSlugs} contradictedBy={contradictions.get(claim.id)} />
                </li>
              ))}
            </ol>
          )}

          <Pagination
            basePath="/claims"
            params={Object.fromEntries(claimsSearchParams(filters))}
            page={page}
            pageSize={CLAIMS_PAGE_SIZE}
            total={total}
            label="Pages of claims"
          />
        </section>
      </div>
    </Container>
  );
}

/** The filters in force, in words, each with the explorer's URL without it. */
function activeFilters(
  filters: ClaimsExplorerFilters,
  names: { company?: string; chip?: string },
): ActiveFilter[] {
  const without = (name: keyof ClaimsExplorerFilters) =>
    claimsHref({ ...filters, [name]: name === "status" ? DEFAULT_READER_STATUS : undefined });
  const active: ActiveFilter[] = [];
  if (filters.company) active.push({ label: "Company", value: names.company ?? filters.company, removeHref: without("company") });
  if (filters.chip) active.push({ label: "Chip", value: names.chip ?? filters.chip, removeHref: without("chip") });
  if (filters.kind) active.push({ label: "Claim type", value: kindLabel(filters.kind), removeHref: without("kind") });
  active.push({
    label: "Status",
    value: READER_STATUS_LABELS[filters.status],
    removeHref: filters.status === DEFAULT_READER_STATUS ? undefined : without("status"),
  });
  if (filters.q) active.push({ label: "Search", value: `“${filters.q}”`, removeHref: without("q") });
  if (filters.from) active.push({ label: "From", value: filters.from, removeHref: without("from") });
  if (filters.to) active.push({ label: "To", value: filters.to, removeHref: without("to") });
  return active;
}
