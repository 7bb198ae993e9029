import { safeHttpUrl } from "@/lib/safe-url";

// Where the timeline links a company, a chip or a quote.

/** A company's profile: vendors and customers have one; any other company links to its timeline. */
export function companyHref(slug: string, roles: readonly string[] = []): string {
  if (roles.includes("chip_vendor")) return `/vendors/${encodeURIComponent(slug)}`;
  if (roles.includes("customer")) return `/customers/${encodeURIComponent(slug)}`;
  return `/timeline?company=${encodeURIComponent(slug)}`;
}

export function chipHref(slug: string): string {
  return `/chips/${encodeURIComponent(slug)}`;
}

/** An event's quote, highlighted in its source. */
export function eventQuoteHref(sourceId: string, eventSourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}#event-${eventSourceId}`;
}

/** A claim's quote, highlighted in its source. */
export function claimQuoteHref(sourceId: string, claimId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}#claim-${claimId}`;
}

/** The entry of an event or a claim in the timeline's list. */
export const timelineEventAnchor = (slug: string) => `timeline-event-${slug}`;
export const timelineClaimAnchor = (id: string) => `timeline-claim-${id}`;

/** Only web addresses are links: anything else (javascript:, data:) is shown as text, if at all (lib/safe-url.ts). */
export function isWebUrl(url: string | null | undefined): url is string {
  return safeHttpUrl(url) !== null;
}

/** A quote between the quotation marks of its own language. */
export function quoted(quote: string, language: string): string {
  return language.toLowerCase().startsWith("fr") ? `«\u00a0${quote}\u00a0»` : `“${quote}”`;
}
