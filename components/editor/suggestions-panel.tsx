import Link from "next/link";
import { BUTTON_SECONDARY, LINK } from "@/components/editor/form-parts";
import { CLAIM_KIND_LABELS, JURISDICTION_LABELS } from "@/lib/constants";
import { getSourceSuggestions, SUGGESTIONS_LIMIT, type ClaimCandidate, type EventCandidate } from "@/lib/queries/suggestions";
import { dismissSuggestionAction } from "@/lib/actions/suggestions";
import { claimDraftHref, eventDraftHref } from "@/lib/validation/prefill";

// What the matcher (lib/extract/suggest) reads in a saved source: the companies and chips it names,
// the sentences that look like claims and those that look like export-control events. Each
// suggestion says why it is one; "Create draft" opens the claim or event form pre-filled.

const H3 = "text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50";
const MUTED = "text-sm text-zinc-700 dark:text-zinc-300";
const CARD = "flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900";
const TERM = "font-medium text-zinc-600 dark:text-zinc-400";
const DETAIL = "text-zinc-900 dark:text-zinc-100";

function Cut({ shown, total, what }: { shown: number; total: number; what: string }) {
  return total > shown ? (
    <p className={MUTED}>
      Showing the first {shown} of {total} {what}.
    </p>
  ) : null;
}

function Quote({ text, language }: { text: string; language: string }) {
  return (
    <blockquote lang={language} className="border-l-4 border-sky-600 pl-3 text-zinc-900 dark:border-sky-400 dark:text-zinc-100">
      {text}
    </blockquote>
  );
}

function Cues({ cues }: { cues: string[] }) {
  return cues.length > 0 ? (
    <p>
      <span className={TERM}>Cues: </span>
      <span className={DETAIL}>{cues.join("; ")}</span>
    </p>
  ) : null;
}

/** "Dismiss": hides this suggestion for this source (a plain form: works without JavaScript). */
function DismissButton({ sourceId, kind, start, end }: { sourceId: string; kind: "claim" | "event"; start: number; end: number }) {
  return (
    <form action={dismissSuggestionAction}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="end" value={end} />
      <button type="submit" className={BUTTON_SECONDARY}>
        Dismiss
      </button>
    </form>
  );
}

function ClaimCandidateCard({ claim, sourceId, language }: { claim: ClaimCandidate; sourceId: string; language: string }) {
  return (
    <li className={CARD} data-testid="candidate-claim">
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <span>
          <span className={TERM}>Kind: </span>
          <span className={DETAIL}>{CLAIM_KIND_LABELS[claim.kind]}</span>
        </span>
        <span>
          <span className={TERM}>Company: </span>
          <span className={DETAIL}>{claim.company?.name ?? "None named"}</span>
        </span>
        <span>
          <span className={TERM}>Chips: </span>
          <span className={DETAIL}>{claim.chips.length > 0 ? claim.chips.map((c) => c.name).join(", ") : "None named"}</span>
        </span>
      </p>
      <Quote text={claim.quote} language={language} />
      <Cues cues={claim.cues} />
      {claim.existingClaimId ? (
        <p className="flex flex-wrap items-center gap-2">
          <span className="rounded bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
            Already a claim
          </span>
          <Link href={`/editor/claims/${claim.existingClaimId}`} className={LINK}>
            Open the claim
          </Link>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href={claimDraftHref({ sourceId, kind: claim.kind, company: claim.company?.slug ?? null, chips: claim.chips.map((c) => c.slug), quote: claim.quote })}
            className={LINK}
          >
            Create draft
          </Link>
          <DismissButton sourceId={sourceId} kind="claim" start={claim.start} end={claim.end} />
        </div>
      )}
    </li>
  );
}

function EventCandidateCard({ event, sourceId, language }: { event: EventCandidate; sourceId: string; language: string }) {
  return (
    <li className={CARD} data-testid="candidate-event">
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <span>
          <span className={TERM}>Jurisdiction: </span>
          <span className={DETAIL}>{event.jurisdiction ? JURISDICTION_LABELS[event.jurisdiction] : "Not clear"}</span>
        </span>
        <span>
          <span className={TERM}>Date: </span>
          <span className={DETAIL}>{event.date ? `${event.date.value} (“${event.date.text}”)` : "No date in the sentence"}</span>
        </span>
      </p>
      <Quote text={event.quote} language={language} />
      <Cues cues={event.cues} />
      <div className="flex flex-wrap items-center gap-4">
        <Link href={eventDraftHref({ sourceId, quote: event.quote, jurisdiction: event.jurisdiction, date: event.date })} className={LINK}>
          Create draft
        </Link>
        <DismissButton sourceId={sourceId} kind="event" start={event.start} end={event.end} />
      </div>
    </li>
  );
}

export async function SuggestionsPanel({ sourceId }: { sourceId: string }) {
  const found = await getSourceSuggestions(sourceId);
  if (!found) return null;
  const { mentions, unknown, claims, events, language, dismissed } = found;

  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h2 id="suggestions-heading" className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          Suggestions
        </h2>
        <p className={MUTED}>
          What the matcher reads in this text, with the names and cues behind each suggestion. Nothing is recorded until
          you create and save a draft. Lists show at most {SUGGESTIONS_LIMIT} items each.
          {dismissed > 0 ? ` ${dismissed} dismissed ${dismissed === 1 ? "suggestion is" : "suggestions are"} not shown.` : ""}
        </p>
      </header>

      <section aria-labelledby="suggested-mentions-heading" className="flex flex-col gap-3">
        <h3 id="suggested-mentions-heading" className={H3}>
          Mentions ({mentions.total})
        </h3>
        {mentions.total === 0 ? (
          <p className={MUTED}>No known company or chip is named.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="mentions">
            {mentions.items.map((m) => (
              <li key={`${m.entity.type}:${m.entity.slug}`}>
                <Link href={`/editor/${m.entity.type === "company" ? "companies" : "chips"}/${m.entity.slug}/edit`} className={LINK}>
                  {m.name}
                </Link>{" "}
                <span className={MUTED}>
                  ({m.entity.type}, {m.count} {m.count === 1 ? "mention" : "mentions"}; matched {m.aliases.map((a) => `“${a}”`).join(", ")})
                </span>
              </li>
            ))}
          </ul>
        )}
        <Cut shown={mentions.items.length} total={mentions.total} what="companies and chips" />
        {unknown.total > 0 ? (
          <div className="flex flex-col gap-1 text-sm">
            <h4 className="font-semibold text-zinc-900 dark:text-zinc-100">Possible new chips or companies</h4>
            <ul className="flex flex-col gap-1">
              {unknown.items.map((u) => (
                <li key={u.text}>
                  <span lang={language} className={DETAIL}>
                    {u.text}
                  </span>{" "}
                  <span className={MUTED}>({u.count}×)</span>{" "}
                  <Link href="/editor/chips/new" className={LINK}>
                    Add as a chip
                  </Link>{" "}
                  <Link href="/editor/companies/new" className={LINK}>
                    Add as a company
                  </Link>
                </li>
              ))}
            </ul>
            <Cut shown={unknown.items.length} total={unknown.total} what="possible new names" />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="suggested-claims-heading" className="flex flex-col gap-3">
        <h3 id="suggested-claims-heading" className={H3}>
          Candidate claims ({claims.total})
        </h3>
        {claims.total === 0 ? (
          <p className={MUTED}>No sentence looks like a claim.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {claims.items.map((claim) => (
              <ClaimCandidateCard key={`${claim.start}-${claim.end}`} claim={claim} sourceId={found.sourceId} language={language} />
            ))}
          </ol>
        )}
        <Cut shown={claims.items.length} total={claims.total} what="candidate claims" />
      </section>

      <section aria-labelledby="suggested-events-heading" className="flex flex-col gap-3">
        <h3 id="suggested-events-heading" className={H3}>
          Candidate events ({events.total})
        </h3>
        {events.total === 0 ? (
          <p className={MUTED}>No sentence looks like an export-control event.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {events.items.map((event) => (
              <EventCandidateCard key={`${event.start}-${event.end}`} event={event} sourceId={found.sourceId} language={language} />
            ))}
          </ol>
        )}
        <Cut shown={events.items.length} total={events.total} what="candidate events" />
      </section>
    </section>
  );
}
