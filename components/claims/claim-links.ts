// Where a claim's pieces link to. A company links to its vendor profile when it makes chips,
// else to its customer page; a quote links to its highlighted place in the source.

export function companyHref(slug: string, vendorSlugs: ReadonlySet<string>): string {
  return vendorSlugs.has(slug) ? `/vendors/${slug}` : `/customers/${slug}`;
}

export function chipHref(slug: string): string {
  return `/chips/${slug}`;
}

export function claimHref(id: string): string {
  return `/claims/${id}`;
}

/** The claim's quote, highlighted in its archived source. */
export function sourceQuoteHref(sourceId: string, claimId: string): string {
  return `/sources/${sourceId}#claim-${claimId}`;
}

export const CLAIM_COMPANY_ROLE_LABELS: Record<string, string> = {
  customer: "customer",
  vendor: "vendor",
  other: "also named",
};

/** A claim's links: the shared `link` (app/globals.css), in medium weight. */
export const linkClass = "link font-medium";
