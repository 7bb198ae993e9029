import "server-only";
import { db } from "@/lib/db";
import { readClaimFormValues } from "@/lib/editor/claims";

// Reads for the editor's claim pages (/editor/claims/…): any status, with what the forms need
// (names and aliases to type, vendors for a new chip).

/** Most names offered by each datalist: a longer list is no longer a usable suggestion. */
export const NAME_OPTIONS_LIMIT = 2000;

/** One claim, whatever its status, with its source's text for showing the quote in place. */
export async function getClaimForEditor(id: string) {
  return db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      summary: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      translation: true,
      claimDate: true,
      confidence: true,
      note: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true, email: true } },
      updatedBy: { select: { name: true, email: true } },
      subject: { select: { slug: true, name: true } },
      companies: { select: { role: true, company: { select: { slug: true, name: true } } }, orderBy: { company: { name: "asc" } } },
      chips: { select: { chip: { select: { slug: true, name: true } } }, orderBy: { chip: { name: "asc" } } },
      source: { select: { id: true, title: true, language: true, text: true } },
    },
  });
}
export type ClaimForEditor = NonNullable<Awaited<ReturnType<typeof getClaimForEditor>>>;

/** The claim's edit form values as they are now, with its version and status. */
export async function getClaimEditValues(id: string) {
  return readClaimFormValues(db, id);
}

/** Every name and alias of every company, for the "Company" datalist. */
export async function listCompanyNameOptions(): Promise<string[]> {
  const rows = await db.companyAlias.findMany({
    orderBy: { alias: "asc" },
    take: NAME_OPTIONS_LIMIT,
    select: { alias: true },
  });
  const companies = await db.company.findMany({ orderBy: { name: "asc" }, take: NAME_OPTIONS_LIMIT, select: { name: true } });
  return [...new Set([...companies.map((c) => c.name), ...rows.map((r) => r.alias)])].sort((a, b) => a.localeCompare(b));
}

/** Every name and alias of every chip, for the "Chip" datalist. */
export async function listChipNameOptions(): Promise<string[]> {
  const rows = await db.chipAlias.findMany({ orderBy: { alias: "asc" }, take: NAME_OPTIONS_LIMIT, select: { alias: true } });
  const chips = await db.chip.findMany({ orderBy: { name: "asc" }, take: NAME_OPTIONS_LIMIT, select: { name: true } });
  return [...new Set([...chips.map((c) => c.name), ...rows.map((r) => r.alias)])].sort((a, b) => a.localeCompare(b));
}

export type VendorOption = { id: string; name: string };

/** Chip vendors, for "Create chip … made by". */
export async function listVendorOptions(): Promise<VendorOption[]> {
  return db.company.findMany({
    where: { roles: { some: { role: "chip_vendor" } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
