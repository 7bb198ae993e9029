// Who buys, tests, orders or declines whose chips: the adoption matrix (customers × vendors) and
// its rows, built from claims with lib/stance. Pure functions over plain rows: the queries in
// lib/queries/customers.ts and lib/queries/vendors.ts read the rows, the pages render the result.
import {
  claimCustomers,
  claimVendors,
  findContradictions,
  stanceOfKind,
  type Stance,
  type StanceClaim,
} from "@/lib/stance";

/** A claim as the adoption logic needs it: its stance inputs plus when it was made and entered. */
export type AdoptionClaim = StanceClaim & {
  /** the date the claim is about; null when no source gives one (never invented) */
  claimDate: Date | string | null;
  /** when the claim was entered: breaks ties between undated claims */
  createdAt: Date | string;
};

/** One customer × vendor pair: every claim about it, the latest first, and whether they contradict. */
export type AdoptionCell<T extends AdoptionClaim = AdoptionClaim> = {
  customer: string;
  vendor: string;
  /** the stance of the latest claim */
  stance: Stance;
  latest: T;
  /** latest first */
  claims: T[];
  /** true when two claims of this cell contradict each other (e.g. "has not ordered" and "adopted") */
  conflicting: boolean;
  /** ids of the claims of this cell that contradict another claim of this cell */
  conflictingIds: string[];
  /** a chip of this vendor that every claim of the cell names, if any: narrows a link to the claims */
  sharedChip: string | null;
};

export type AdoptionMatrix<T extends AdoptionClaim = AdoptionClaim> = {
  /** rows, most claims first, at most `maxCustomers` */
  customers: { slug: string; claimCount: number }[];
  /** columns, most claims first, at most `maxVendors` */
  vendors: { slug: string; claimCount: number }[];
  /** how many customers and vendors there were before the bounds applied */
  totalCustomers: number;
  totalVendors: number;
  /** by cellKey(customer, vendor); a pair with no claim has no entry */
  cells: Record<string, AdoptionCell<T>>;
};

export const MATRIX_MAX_CUSTOMERS = 30;
export const MATRIX_MAX_VENDORS = 15;

function time(value: Date | string | null): number | null {
  if (value === null) return null;
  const ms = (value instanceof Date ? value : new Date(value)).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Latest first: by claim date, newest first, undated after every dated claim; then the most
 * recently entered; then by id so the order never depends on the input's.
 */
export function compareLatestFirst(a: AdoptionClaim, b: AdoptionClaim): number {
  const da = time(a.claimDate);
  const db = time(b.claimDate);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  const ca = time(a.createdAt) ?? 0;
  const cb = time(b.createdAt) ?? 0;
  if (ca !== cb) return cb - ca;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function cellKey(customer: string, vendor: string): string {
  return `${customer}\u0000${vendor}`;
}

/**
 * Every customer × vendor pair that a claim with a stance (adopted, testing, ordered, declined)
 * is about. A claim counts for each of its customers and each of its vendors (lib/stance); a claim
 * with no vendor (its chips are not named) or no customer says nothing about a pair and is skipped.
 */
export function adoptionCells<T extends AdoptionClaim>(claims: readonly T[]): AdoptionCell<T>[] {
  const withStance = claims.filter((claim) => stanceOfKind(claim.kind) !== null);
  const contradictions = findContradictions(withStance);
  const byPair = new Map<string, { customer: string; vendor: string; claims: T[] }>();
  for (const claim of withStance) {
    for (const customer of claimCustomers(claim)) {
      for (const vendor of claimVendors(claim)) {
        const key = cellKey(customer, vendor);
        const pair = byPair.get(key) ?? { customer, vendor, claims: [] };
        if (!pair.claims.some((c) => c.id === claim.id)) pair.claims.push(claim);
        byPair.set(key, pair);
      }
    }
  }
  return [...byPair.values()].map(({ customer, vendor, claims: cellClaims }) => {
    const sorted = [...cellClaims].sort(compareLatestFirst);
    const ids = new Set(sorted.map((c) => c.id));
    // findContradictions pairs claims by any shared customer and vendor; keep only the pairs in this cell.
    const conflictingIds = sorted
      .filter((c) => (contradictions.get(c.id) ?? []).some((other) => ids.has(other)))
      .map((c) => c.id);
    const latest = sorted[0];
    return {
      customer,
      vendor,
      stance: stanceOfKind(latest.kind) as Stance,
      latest,
      claims: sorted,
      conflicting: conflictingIds.length > 0,
      conflictingIds,
      sharedChip: sharedChip(sorted, vendor),
    };
  });
}

function sharedChip(claims: readonly AdoptionClaim[], vendor: string): string | null {
  const chipsOf = (claim: AdoptionClaim) =>
    new Set(claim.chips.filter((chip) => chip.vendorSlug === vendor).map((chip) => chip.slug));
  const [first, ...rest] = claims.map(chipsOf);
  const shared = [...(first ?? [])].filter((slug) => rest.every((set) => set.has(slug))).sort();
  return shared[0] ?? null;
}

function ranked(counts: Map<string, Set<string>>): { slug: string; claimCount: number }[] {
  return [...counts]
    .map(([slug, ids]) => ({ slug, claimCount: ids.size }))
    .sort((a, b) => b.claimCount - a.claimCount || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The adoption matrix: customers (rows) × vendors (columns), each cell the latest stance. Bounded:
 * the customers and vendors with the most claims come first, and only the first `maxCustomers`
 * and `maxVendors` are kept.
 */
export function buildAdoptionMatrix<T extends AdoptionClaim>(
  claims: readonly T[],
  { maxCustomers = MATRIX_MAX_CUSTOMERS, maxVendors = MATRIX_MAX_VENDORS } = {},
): AdoptionMatrix<T> {
  const cells = adoptionCells(claims);
  const customerClaims = new Map<string, Set<string>>();
  const vendorClaims = new Map<string, Set<string>>();
  for (const cell of cells) {
    for (const claim of cell.claims) {
      customerClaims.set(cell.customer, (customerClaims.get(cell.customer) ?? new Set()).add(claim.id));
      vendorClaims.set(cell.vendor, (vendorClaims.get(cell.vendor) ?? new Set()).add(claim.id));
    }
  }
  const allCustomers = ranked(customerClaims);
  const allVendors = ranked(vendorClaims);
  const customers = allCustomers.slice(0, Math.max(0, maxCustomers));
  const vendors = allVendors.slice(0, Math.max(0, maxVendors));
  const keptCustomers = new Set(customers.map((c) => c.slug));
  const keptVendors = new Set(vendors.map((v) => v.slug));
  return {
    customers,
    vendors,
    totalCustomers: allCustomers.length,
    totalVendors: allVendors.length,
    cells: Object.fromEntries(
      cells
        .filter((cell) => keptCustomers.has(cell.customer) && keptVendors.has(cell.vendor))
        .map((cell) => [cellKey(cell.customer, cell.vendor), cell]),
    ),
  };
}

/** One vendor's customers, each with its cell (latest claim first); the most recently reported first. */
export function customersOfVendor<T extends AdoptionClaim>(claims: readonly T[], vendor: string): AdoptionCell<T>[] {
  return adoptionCells(claims)
    .filter((cell) => cell.vendor === vendor)
    .sort((a, b) => compareLatestFirst(a.latest, b.latest) || (a.customer < b.customer ? -1 : 1));
}

/** One customer's stance towards each vendor, one row per claim and vendor, latest first. */
export type CustomerStanceRow<T extends AdoptionClaim = AdoptionClaim> = {
  vendor: string;
  claim: T;
  stance: Stance;
  /** the claim's chips made by this vendor */
  chips: string[];
  /** true when this claim contradicts another claim about the same customer and vendor */
  conflicting: boolean;
};

export function stancesOfCustomer<T extends AdoptionClaim>(claims: readonly T[], customer: string): CustomerStanceRow<T>[] {
  const rows: CustomerStanceRow<T>[] = [];
  for (const cell of adoptionCells(claims)) {
    if (cell.customer !== customer) continue;
    for (const claim of cell.claims) {
      rows.push({
        vendor: cell.vendor,
        claim,
        stance: stanceOfKind(claim.kind) as Stance,
        chips: claim.chips.filter((chip) => chip.vendorSlug === cell.vendor).map((chip) => chip.slug),
        conflicting: cell.conflictingIds.includes(claim.id),
      });
    }
  }
  return rows.sort((a, b) => compareLatestFirst(a.claim, b.claim) || (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0));
}

/** The customers any claim names (as buyer, tester or refuser of a vendor's chips), with claim counts. */
export function listCustomerSlugs(claims: readonly AdoptionClaim[]): { slug: string; claimCount: number }[] {
  return buildAdoptionMatrix(claims, { maxCustomers: Number.MAX_SAFE_INTEGER, maxVendors: 0 }).customers;
}
