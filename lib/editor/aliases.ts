import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";

// Which company or chip an editor means when they type one of its names: any alias (as stored in
// CompanyAlias / ChipAlias, compared by normalizeName: case, accents, apostrophes and dashes do
// not matter), the slug, or the exact name. A French elision ("d’Huawei", "l'Ascend") is tried
// without its article when the whole form matches nothing.

type Tx = Prisma.TransactionClient;

export type CompanyMatch = { id: string; slug: string; name: string };
export type ChipMatch = { id: string; slug: string; name: string; vendor: { name: string } };

export type Resolution<T> =
  | { status: "found"; record: T }
  | { status: "unknown" }
  | { status: "ambiguous"; candidates: T[] };

const ELISION = /^(?:d|l|qu|j|n|s|m|t|c|jusqu|lorsqu|puisqu)'\s*(.+)$/;

/** The forms of a typed name to look up: as typed (normalised), then without a French elision. */
export function lookupKeys(typed: string): string[] {
  const normalized = normalizeName(typed);
  if (!normalized) return [];
  const elided = ELISION.exec(normalized)?.[1]?.trim();
  return elided && elided !== normalized ? [normalized, elided] : [normalized];
}

function pick<T extends { slug: string; name: string }>(candidates: T[], key: string): Resolution<T> {
  if (candidates.length === 0) return { status: "unknown" };
  if (candidates.length === 1) return { status: "found", record: candidates[0] };
  // Several: one whose own name or slug is what was typed wins over those that merely share an alias.
  const exact = candidates.filter((c) => normalizeName(c.name) === key || c.slug === key.replace(/\s+/g, "-"));
  if (exact.length === 1) return { status: "found", record: exact[0] };
  return { status: "ambiguous", candidates };
}

export async function resolveCompany(tx: Tx, typed: string): Promise<Resolution<CompanyMatch>> {
  for (const key of lookupKeys(typed)) {
    const candidates = await tx.company.findMany({
      where: {
        OR: [
          { aliases: { some: { normalized: key } } },
          { slug: key.replace(/\s+/g, "-") },
          { name: typed.trim() },
          { nameZh: typed.trim() },
        ],
      },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
      take: 10,
    });
    const resolution = pick(candidates, key);
    if (resolution.status !== "unknown") return resolution;
  }
  return { status: "unknown" };
}

export async function resolveChip(tx: Tx, typed: string): Promise<Resolution<ChipMatch>> {
  for (const key of lookupKeys(typed)) {
    const candidates = await tx.chip.findMany({
      where: {
        OR: [
          { aliases: { some: { normalized: key } } },
          { slug: key.replace(/\s+/g, "-") },
          { name: typed.trim() },
          { nameZh: typed.trim() },
        ],
      },
      select: { id: true, slug: true, name: true, vendor: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 10,
    });
    const resolution = pick(candidates, key);
    if (resolution.status !== "unknown") return resolution;
  }
  return { status: "unknown" };
}
