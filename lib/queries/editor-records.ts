import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chipArticleQuotes, chipFormValues, findChip } from "@/lib/editor-records/chips";
import { companyFormValues, findCompany } from "@/lib/editor-records/companies";
import { eventFormValues, findEvent } from "@/lib/editor-records/events";
import { normalizeName } from "@/lib/normalize";
import { DESC_NULLS_LAST, pageArgs, textContains } from "@/lib/queries/shared";

// Reads for the editor's company, chip and export-control-event pages: paged lists, a record as
// its edit form shows it, and the options the forms offer (vendors, sources).

export const EDITOR_LIST_PAGE_SIZE = 25;
/** How many companies the vendor list of the chip form offers, and sources the event form offers. */
export const EDITOR_OPTIONS_LIMIT = 1000;

export type EditorListRequest = { page: number; q?: string };

function paging(page: number) {
  return pageArgs({ page, pageSize: EDITOR_LIST_PAGE_SIZE });
}

// ─── Companies ──────────────────────────────────────────────────────────────────────────────

function companyListWhere(q?: string): Prisma.CompanyWhereInput {
  if (!q) return {};
  return { OR: [{ slug: { contains: q.toLowerCase() } }, { aliases: { some: { normalized: { contains: normalizeName(q) } } } }] };
}

export async function listEditorCompanies({ page, q }: EditorListRequest) {
  const where = companyListWhere(q);
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      ...paging(page),
      select: {
        id: true,
        slug: true,
        name: true,
        nameZh: true,
        country: true,
        version: true,
        updatedAt: true,
        roles: { select: { role: true }, orderBy: { role: "asc" } },
        _count: { select: { chips: true } },
      },
    }),
    db.company.count({ where }),
  ]);
  return {
    total,
    companies: rows.map(({ roles, _count, ...row }) => ({ ...row, roles: roles.map((r) => r.role), chipCount: _count.chips })),
  };
}
export type EditorCompanyRow = Awaited<ReturnType<typeof listEditorCompanies>>["companies"][number];

/** A company for its edit page: who it is, and its fields as the form shows them. */
export async function getCompanyForEditing(slug: string) {
  const row = await findCompany(db, { slug });
  if (!row) return null;
  return { id: row.id, slug: row.slug, name: row.name, roles: row.roles.map((r) => r.role), values: companyFormValues(row) };
}

export type CompanyOption = { slug: string; name: string; isVendor: boolean };

/** Companies the chip form offers as vendors: chip vendors first, then the others (who get the role when chosen). */
export async function listCompanyOptions(): Promise<CompanyOption[]> {
  const rows = await db.company.findMany({
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    take: EDITOR_OPTIONS_LIMIT,
    select: { slug: true, name: true, roles: { where: { role: "chip_vendor" }, select: { role: true } } },
  });
  const options = rows.map((row) => ({ slug: row.slug, name: row.name, isVendor: row.roles.length > 0 }));
  return [...options.filter((o) => o.isVendor), ...options.filter((o) => !o.isVendor)];
}

// ─── Chips ──────────────────────────────────────────────────────────────────────────────────

function chipListWhere(q?: string): Prisma.ChipWhereInput {
  if (!q) return {};
  return {
    OR: [
      { slug: { contains: q.toLowerCase() } },
      { aliases: { some: { normalized: { contains: normalizeName(q) } } } },
      { vendor: { aliases: { some: { normalized: { contains: normalizeName(q) } } } } },
    ],
  };
}

export async function listEditorChips({ page, q }: EditorListRequest) {
  const where = chipListWhere(q);
  const [rows, total] = await Promise.all([
    db.chip.findMany({
      where,
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      ...paging(page),
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        status: true,
        version: true,
        vendor: { select: { slug: true, name: true } },
        _count: { select: { specs: true } },
      },
    }),
    db.chip.count({ where }),
  ]);
  return { total, chips: rows.map(({ _count, ...row }) => ({ ...row, specCount: _count.specs })) };
}
export type EditorChipRow = Awaited<ReturnType<typeof listEditorChips>>["chips"][number];

export async function getChipForEditing(slug: string) {
  const row = await findChip(db, { slug });
  if (!row) return null;
  return { id: row.id, slug: row.slug, name: row.name, values: chipFormValues(row), articleQuotes: chipArticleQuotes(row) };
}

// ─── Export-control events ──────────────────────────────────────────────────────────────────

function eventListWhere(q?: string): Prisma.ExportControlEventWhereInput {
  if (!q) return {};
  return { OR: [{ slug: { contains: q.toLowerCase() } }, { title: textContains(q) }] };
}

export async function listEditorEvents({ page, q }: EditorListRequest) {
  const where = eventListWhere(q);
  const [rows, total] = await Promise.all([
    db.exportControlEvent.findMany({
      where,
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      ...paging(page),
      select: {
        id: true,
        slug: true,
        title: true,
        date: true,
        datePrecision: true,
        jurisdiction: true,
        action: true,
        version: true,
        _count: { select: { sources: true } },
      },
    }),
    db.exportControlEvent.count({ where }),
  ]);
  return { total, events: rows.map(({ _count, ...row }) => ({ ...row, quoteCount: _count.sources })) };
}
export type EditorEventRow = Awaited<ReturnType<typeof listEditorEvents>>["events"][number];

export async function getEventForEditing(slug: string) {
  const row = await findEvent(db, { slug });
  if (!row) return null;
  return { id: row.id, slug: row.slug, title: row.title, values: eventFormValues(row) };
}

export type SourceOption = { id: string; title: string; publisher: string | null; publishedAt: string | null };

/** Archived sources the event form's quote rows offer, newest first. */
export async function listSourceOptions(): Promise<SourceOption[]> {
  const rows = await db.source.findMany({
    orderBy: [{ publishedAt: DESC_NULLS_LAST }, { title: "asc" }, { id: "asc" }],
    take: EDITOR_OPTIONS_LIMIT,
    select: { id: true, title: true, publisher: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null }));
}
