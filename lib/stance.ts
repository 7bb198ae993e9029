// What a claim says about a customer's stance towards a vendor's chips. Shared by the
// adoption matrix (customers × vendors) and the contradiction flags in the claims explorer.
import type { ClaimKind } from "@/lib/constants";

export const STANCES = ["adopted", "testing", "ordered", "declined"] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance | "none", string> = {
  adopted: "Adopted",
  testing: "Testing",
  ordered: "Ordered",
  declined: "Declined",
  none: "No claim",
};

const KIND_STANCE: Partial<Record<ClaimKind, Stance>> = {
  adoption: "adopted",
  training_on: "adopted",
  testing: "testing",
  order: "ordered",
  non_adoption: "declined",
};

/** The stance a claim kind expresses, or null for kinds that say nothing about buying (revenue, pricing…). */
export function stanceOfKind(kind: string): Stance | null {
  return KIND_STANCE[kind as ClaimKind] ?? null;
}

/** Two stances contradict when one says the customer uses or buys and the other that it declines. */
export function stancesContradict(a: Stance, b: Stance): boolean {
  const positive = (s: Stance) => s === "adopted" || s === "ordered";
  return (positive(a) && b === "declined") || (positive(b) && a === "declined");
}

export type StanceClaim = {
  id: string;
  kind: string;
  subject: { slug: string };
  companies: { slug: string; role: string }[];
  chips: { slug: string; vendorSlug: string }[];
};

/**
 * The customers a claim is about: its subject and the companies linked as customers, less any
 * company that is itself the vendor of the chips in question (a vendor is not its own customer).
 */
export function claimCustomers(claim: StanceClaim): string[] {
  const vendors = new Set(claimVendors(claim));
  const customers = [claim.subject.slug, ...claim.companies.filter((c) => c.role === "customer").map((c) => c.slug)];
  return [...new Set(customers)].filter((slug) => !vendors.has(slug));
}

/** The vendors a claim is about: its chips' vendors and the companies linked as vendors. */
export function claimVendors(claim: StanceClaim): string[] {
  return [...new Set([...claim.chips.map((c) => c.vendorSlug), ...claim.companies.filter((c) => c.role === "vendor").map((c) => c.slug)])];
}

/**
 * Ids of claims that contradict another claim: same customer, same vendor, and stances that
 * contradict (e.g. "has not ordered" against "adopted"). Returns, for each flagged claim, the
 * ids of the claims it contradicts.
 */
export function findContradictions(claims: StanceClaim[]): Map<string, string[]> {
  const byPair = new Map<string, { id: string; stance: Stance }[]>();
  for (const claim of claims) {
    const stance = stanceOfKind(claim.kind);
    if (!stance) continue;
    for (const customer of claimCustomers(claim)) {
      for (const vendor of claimVendors(claim)) {
        const key = `${customer}\u0000${vendor}`;
        byPair.set(key, [...(byPair.get(key) ?? []), { id: claim.id, stance }]);
      }
    }
  }
  const flagged = new Map<string, Set<string>>();
  for (const entries of byPair.values()) {
    for (const a of entries) {
      for (const b of entries) {
        if (a.id !== b.id && stancesContradict(a.stance, b.stance)) {
          flagged.set(a.id, (flagged.get(a.id) ?? new Set()).add(b.id));
        }
      }
    }
  }
  return new Map([...flagged].map(([id, others]) => [id, [...others]]));
}
