import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimStatusBadge } from "@/components/editor/claim-status-badge";
import { ClaimStatusForm } from "@/components/editor/claim-status-forms";
import { DateTime, editorName } from "@/components/editor/date-time";
import { EditorBreadcrumb, LINK } from "@/components/editor/form-parts";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, CONFIDENCE_LABELS, PUBLIC_CLAIM_STATUSES, type ClaimKind, type ClaimStatus, type Confidence } from "@/lib/constants";
import { requireEditor } from "@/lib/auth/guard";
import { getClaimForEditor } from "@/lib/queries/editor-claims";
import { historyHref } from "@/lib/queries/history";
import { TRANSITION_RULES, type ClaimTransition } from "@/lib/validation/claim-form";

export const metadata: Metadata = { title: "Claim (editor)" };

const TERM = "text-zinc-600 dark:text-zinc-400";
const DETAIL = "min-w-0 text-zinc-900 dark:text-zinc-100";
const CONTEXT = 200;

export default async function EditorClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const claim = await getClaimForEditor((await params).id);
  if (!claim) notFound();

  const text = claim.source.text;
  const before = text.slice(Math.max(0, claim.quoteStart - CONTEXT), claim.quoteStart);
  const after = text.slice(claim.quoteEnd, claim.quoteEnd + CONTEXT);
  const transitions = (Object.keys(TRANSITION_RULES) as ClaimTransition[]).filter((t) =>
    TRANSITION_RULES[t].from.includes(claim.status),
  );
  const isPublic = PUBLIC_CLAIM_STATUSES.includes(claim.status as ClaimStatus);

  return (
    <Container className="flex flex-col gap-8 py-10">
      <EditorBreadcrumb
        trail={[
          { href: "/editor", label: "Editor" },
          { href: `/editor/sources/${claim.source.id}`, label: claim.source.title },
        ]}
      />
      <header className="flex max-w-4xl flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-sky-800 dark:text-sky-300">
          Claim <ClaimStatusBadge status={claim.status} />
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">{claim.summary}</h1>
        {claim.status === "retracted" ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            Retracted: readers and the API no longer show this claim.{claim.note ? ` Reason: ${claim.note}` : ""}
          </p>
        ) : claim.status === "draft" ? (
          <p className="rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
            Draft: readers do not see it until it is published.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <Link href={`/editor/claims/${claim.id}/edit`} className={LINK}>
            Edit claim
          </Link>
          <Link href={historyHref("Claim", claim.id)} className={LINK}>
            History
          </Link>
          {isPublic ? (
            <Link href={`/claims/${claim.id}`} className={LINK}>
              Reader view
            </Link>
          ) : null}
        </div>
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="claim-details-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="claim-details-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
            Details
          </h2>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
            <dt className={TERM}>Claim type</dt>
            <dd className={DETAIL}>{CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind}</dd>
            <dt className={TERM}>Company</dt>
            <dd className={DETAIL}>{claim.subject.name}</dd>
            <dt className={TERM}>Other companies</dt>
            <dd className={DETAIL}>
              {claim.companies.length === 0
                ? "None"
                : claim.companies.map((link) => `${link.company.name} (${link.role})`).join(", ")}
            </dd>
            <dt className={TERM}>Chips</dt>
            <dd className={DETAIL}>{claim.chips.length === 0 ? "None" : claim.chips.map((link) => link.chip.name).join(", ")}</dd>
            <dt className={TERM}>Claim date</dt>
            <dd className={DETAIL}>
              <DateLabel date={claim.claimDate} />
            </dd>
            <dt className={TERM}>Confidence</dt>
            <dd className={DETAIL}>{CONFIDENCE_LABELS[claim.confidence as Confidence] ?? claim.confidence}</dd>
            <dt className={TERM}>Source</dt>
            <dd className={DETAIL}>
              <Link href={`/editor/sources/${claim.source.id}`} className={LINK} lang={claim.source.language}>
                {claim.source.title}
              </Link>
            </dd>
            <dt className={TERM}>Quote</dt>
            <dd className={DETAIL}>
              <blockquote lang={claim.source.language} className="font-serif whitespace-pre-wrap">
                <span className="text-zinc-600 dark:text-zinc-400">{before ? `…${before}` : ""}</span>
                <mark className="rounded-sm bg-amber-100 text-zinc-950 dark:bg-amber-300/30 dark:text-zinc-50">{claim.quote}</mark>
                <span className="text-zinc-600 dark:text-zinc-400">{after ? `${after}…` : ""}</span>
              </blockquote>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                Characters {claim.quoteStart}–{claim.quoteEnd} of the archived text.
              </p>
            </dd>
            <dt className={TERM}>Translation</dt>
            <dd className={DETAIL}>{claim.translation ?? "None"}</dd>
            <dt className={TERM}>Editor&rsquo;s note</dt>
            <dd className={DETAIL}>{claim.note ?? "None"}</dd>
            <dt className={TERM}>Version</dt>
            <dd className={DETAIL}>{claim.version}</dd>
            <dt className={TERM}>Entered</dt>
            <dd className={DETAIL}>
              <DateTime date={claim.createdAt} /> by {editorName(claim.createdBy)}
            </dd>
            <dt className={TERM}>Last changed</dt>
            <dd className={DETAIL}>
              <DateTime date={claim.updatedAt} /> by {editorName(claim.updatedBy)}
            </dd>
          </dl>
        </section>

        <section aria-labelledby="claim-status-heading" className="flex flex-col gap-4">
          <h2 id="claim-status-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
            Status
          </h2>
          {transitions.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              A retracted claim stays retracted; its history keeps every earlier version.
            </p>
          ) : (
            transitions.map((transition) => (
              <ClaimStatusForm key={transition} claimId={claim.id} version={claim.version} transition={transition} />
            ))
          )}
        </section>
      </div>
    </Container>
  );
}
