import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimBadges } from "@/components/claims/claim-badges";
import { ClaimFacts, detailClass, termClass } from "@/components/claims/claim-facts";
import { linkClass, sourceQuoteHref } from "@/components/claims/claim-links";
import { ClaimQuote } from "@/components/claims/claim-quote";
import { ContradictionMarker } from "@/components/claims/contradiction-marker";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { CONFIDENCE_LABELS, type Confidence } from "@/lib/constants";
import { chipVendorSlugs, findClaimContradictions, getClaimRecordById } from "@/lib/queries/claims";
import { safeHttpUrl } from "@/lib/safe-url";
import { READER_STATUS_LABELS, kindLabel } from "../claims-query";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page ask for the same claim: read it once per request.
const getClaim = cache(getClaimRecordById);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await getClaim((await params).id);
  if (!claim) return { title: "Claim not found" };
  const summary = claim.summary.length > 90 ? `${claim.summary.slice(0, 89)}…` : claim.summary;
  return { title: `Claim: ${summary}`, description: claim.summary };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });
function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export default async function ClaimPage({ params }: Props) {
  const claim = await getClaim((await params).id);
  if (!claim) notFound();
  const [contradictions, vendorSlugs] = await Promise.all([
    findClaimContradictions([claim.id]),
    chipVendorSlugs([claim.company.slug, ...claim.companies.map((company) => company.slug)]),
  ]);
  const { source } = claim;
  const originalHref = safeHttpUrl(source.url);

  return (
    <Container className="py-10">
      <div className="flex max-w-4xl flex-col gap-8">
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="muted flex flex-wrap gap-2">
            <li>
              <Link href="/claims" className={linkClass}>
                Claims
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
            <li aria-current="page" className="text-zinc-900 dark:text-zinc-100">
              {claim.slug}
            </li>
          </ol>
        </nav>

        <header className="flex flex-col gap-3">
          <ClaimBadges claim={claim} />
          <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
            {claim.summary}
          </h1>
        </header>

        <ContradictionMarker claimId={claim.id} contradictions={contradictions.get(claim.id)} all />

        <section aria-labelledby="quote-heading" className="flex flex-col gap-3">
          <h2 id="quote-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            In the source&rsquo;s words
          </h2>
          <ClaimQuote claim={claim} size="lg" />
          <p className="text-sm">
            {/* A document navigation, so the browser sets :target and the source page highlights the quote. */}
            <a href={sourceQuoteHref(source.id, claim.id)} className={linkClass}>
              See this quote in the archived article
            </a>{" "}
            <span className="muted">
              (characters {claim.quoteStart}&ndash;{claim.quoteEnd})
            </span>
          </p>
        </section>

        <section aria-labelledby="details-heading" className="flex flex-col gap-3">
          <h2 id="details-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Details
          </h2>
          <ClaimFacts claim={claim} vendorSlugs={vendorSlugs}>
            <dt className={termClass}>Claim type</dt>
            <dd className={detailClass}>{kindLabel(claim.kind)}</dd>
            <dt className={termClass}>Claim date</dt>
            <dd className={detailClass}>
              <DateLabel date={claim.claimDate ? new Date(claim.claimDate) : null} />
            </dd>
            <dt className={termClass}>Confidence</dt>
            <dd className={detailClass}>{CONFIDENCE_LABELS[claim.confidence as Confidence] ?? claim.confidence}</dd>
            <dt className={termClass}>Status</dt>
            <dd className={detailClass}>
              {READER_STATUS_LABELS[claim.status as "published" | "disputed"] ?? claim.status}
            </dd>
            <dt className={termClass}>Source</dt>
            <dd className={detailClass}>
              <Link href={`/sources/${source.id}`} prefetch={false} className={linkClass}>
                <cite lang={source.language}>{source.title}</cite>
              </Link>
              {source.publisher ? <>, {source.publisher}</> : <>, publisher not named</>}
              {"; "}
              {source.publishedAt ? (
                <>
                  published <DateLabel date={new Date(source.publishedAt)} />
                </>
              ) : (
                "publication date not given"
              )}
              {"; in "}
              {languageName(source.language)}
              {originalHref ? (
                <>
                  {" "}
                  (
                  <a href={originalHref} className={linkClass} rel="noopener noreferrer">
                    original article
                  </a>
                  )
                </>
              ) : null}
            </dd>
            <dt className={termClass}>Editor&rsquo;s note</dt>
            <dd className={detailClass}>{claim.note ?? "None"}</dd>
            <dt className={termClass}>Version</dt>
            <dd className={`${detailClass} tabular-nums`}>{claim.version}</dd>
            <dt className={termClass}>Entered</dt>
            <dd className={detailClass}>
              <DateLabel date={new Date(claim.createdAt)} />
            </dd>
            <dt className={termClass}>Last updated</dt>
            <dd className={detailClass}>
              <DateLabel date={new Date(claim.updatedAt)} />
            </dd>
          </ClaimFacts>
        </section>

        <p className="muted text-sm">
          As JSON:{" "}
          <a href={`/api/v1/claims/${claim.id}`} className={linkClass}>
            <code>/api/v1/claims/{claim.id}</code>
          </a>
        </p>
      </div>
    </Container>
  );
}
