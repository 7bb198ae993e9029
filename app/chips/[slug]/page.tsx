import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChipEvents } from "@/components/chips/chip-events";
import { ChipSpecTable } from "@/components/chips/chip-spec-table";
import { DatasetCredits } from "@/components/chips/dataset-credits";
import { NotKnown } from "@/components/chips/not-known";
import { Notice } from "@/components/ui/notice";
import { linkClass, mutedClass } from "@/components/chips/styles";
import { ClaimCard } from "@/components/claims/claim-card";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { CHIP_KIND_LABELS, CHIP_STATUS_LABELS, COUNT_CAP, cappedCount, type ChipKind, type ChipStatus } from "@/lib/constants";
import { countClaims } from "@/lib/queries/claims";
import { getChipProfileBySlug, listChipClaimCards } from "@/lib/queries/chips";
import { safeHttpUrl } from "@/lib/safe-url";
import { specSourceKind, type SpecSourceKind } from "@/lib/specs";
import { ChipPageQuerySchema } from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";

/** Claims per page of a chip's adoption claims. */
const CLAIMS_PAGE_SIZE = 10;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One read per request, shared by the metadata and the page.
const loadChip = cache(getChipProfileBySlug);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const chip = await loadChip(slug);
  if (!chip) return { title: "Chip not found" };
  return { title: chip.name, description: `${chip.name} by ${chip.vendor.name}: specs with their sources, adoption claims and export controls.` };
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-zinc-200 py-2 sm:flex-row sm:gap-4 dark:border-zinc-800">
      <dt className={`w-40 shrink-0 text-sm ${mutedClass}`}>{term}</dt>
      <dd className="text-zinc-900 dark:text-zinc-100">{children}</dd>
    </div>
  );
}

export default async function ChipPage(props: Props) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const chip = await loadChip(slug);
  if (!chip) notFound();

  const { data, problems } = parsePageSearchParams(ChipPageQuerySchema, searchParams);
  const [claims, claimTotal] = await Promise.all([
    listChipClaimCards(chip.slug, { page: data.page, pageSize: CLAIMS_PAGE_SIZE }),
    countClaims({ chip: chip.slug }, { cap: COUNT_CAP }),
  ]);
  const sourceKinds = new Set<SpecSourceKind>(
    Object.values(chip.specs).map((spec) => specSourceKind({ name: spec.source.name, fromArticle: !!spec.quote })),
  );
  if (chip.dateSource) sourceKinds.add(specSourceKind({ name: chip.dateSource.name }));
  const date = chip.releasedOn ?? chip.announcedOn;
  const dateSourceHref = safeHttpUrl(chip.dateSource?.url);

  return (
    <Container className="flex flex-col gap-10 py-10">
      <header className="max-w-3xl">
        <p className="text-sm">
          <Link href="/chips" className={linkClass}>
            ← All chips
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
          {chip.name}
          {chip.nameZh ? (
            <span lang="zh" className="ml-3 text-2xl font-normal text-zinc-600 dark:text-zinc-400">
              {chip.nameZh}
            </span>
          ) : null}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone="accent">{CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind}</Badge>
          <Badge>{chip.status ? (CHIP_STATUS_LABELS[chip.status as ChipStatus] ?? chip.status) : "Status not given"}</Badge>
        </div>
        {chip.description ? <p className="mt-4 text-zinc-700 dark:text-zinc-300">{chip.description}</p> : null}
      </header>

      {problems.length > 0 ? (
        <Notice title="Some of the address’s parameters were ignored." items={problems.map((problem) => problem.message)} />
      ) : null}

      <Section id="identity" title="Identity">
        <dl className="max-w-3xl">
          <Fact term="Vendor">
            <Link href={`/vendors/${chip.vendor.slug}`} className={linkClass}>
              {chip.vendor.name}
            </Link>
          </Fact>
          <Fact term={chip.releasedOn || !chip.announcedOn ? "Released" : "Announced"}>
            {date ? (
              <>
                <DateLabel date={new Date(date)} precision={chip.datePrecision} />
                {chip.datePrecision === "year" ? <span className={mutedClass}> (year only)</span> : null}
                {chip.datePrecision === "month" ? <span className={mutedClass}> (month only)</span> : null}
                {chip.dateSource ? (
                  <span className={`block text-sm ${mutedClass}`}>
                    Source:{" "}
                    {dateSourceHref ? (
                      <a href={dateSourceHref} className={linkClass} rel="noopener noreferrer">
                        {chip.dateSource.name}
                      </a>
                    ) : (
                      chip.dateSource.name
                    )}
                  </span>
                ) : null}
              </>
            ) : (
              "Not given"
            )}
          </Fact>
          {chip.releasedOn && chip.announcedOn ? (
            <Fact term="Announced">
              <DateLabel date={new Date(chip.announcedOn)} precision={chip.datePrecision} />
            </Fact>
          ) : null}
          <Fact term="Family">{chip.family ?? <NotKnown label="Not given" />}</Fact>
          <Fact term="Process node">{chip.processNode ?? <NotKnown label="Not given" />}</Fact>
          <Fact term="Foundry">{chip.foundry ?? <NotKnown label="Not given" />}</Fact>
          <Fact term="Also called">{chip.aliases.length > 0 ? chip.aliases.join(", ") : <NotKnown label="No other names" />}</Fact>
        </dl>
      </Section>

      <Section
        id="specs"
        title="Specs"
        description={
          <>
            Every value with its source and licence. Where the datasets disagree, the note gives the other figure.
          </>
        }
      >
        <div
          role="region"
          aria-label={`Specs of ${chip.name}`}
          tabIndex={0}
          className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
        >
          <ChipSpecTable chip={chip} />
        </div>
        <div className="mt-3">
          <DatasetCredits kinds={[...sourceKinds]} />
        </div>
      </Section>

      <Section
        id="claims"
        title="Adoption claims"
        description={`${cappedCount(claimTotal)} published ${claimTotal === 1 ? "claim names" : "claims name"} ${chip.name}, newest first; undated claims last.`}
      >
        {claims.length === 0 ? (
          <EmptyState title={claimTotal === 0 ? `No claim names ${chip.name} yet` : `There is no page ${data.page} of claims`}>
            <Link href={`/claims?chip=${chip.slug}`} className={linkClass}>
              Search all claims
            </Link>
          </EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {claims.map((claim) => (
              <li key={claim.id}>
                <ClaimCard claim={claim} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          basePath={`/chips/${chip.slug}`}
          params={{}}
          page={data.page}
          pageSize={CLAIMS_PAGE_SIZE}
          total={claimTotal}
          label="Claim pages"
        />
      </Section>

      <Section
        id="events"
        title="Export controls"
        description={
          <>
            Export-control events that name {chip.name}
            {chip.eventCount > chip.events.length ? ` (the first ${chip.events.length} of ${chip.eventCount})` : ""}.{" "}
            <Link href={`/timeline?chip=${chip.slug}`} className={linkClass}>
              See {chip.name} on the timeline
            </Link>
          </>
        }
      >
        <ChipEvents events={chip.events} chipName={chip.name} />
      </Section>
    </Container>
  );
}
