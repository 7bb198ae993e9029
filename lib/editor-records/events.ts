import type { Prisma } from "@/lib/generated/prisma/client";
import { findQuote } from "@/lib/quotes";
import { bumpVersion, recordRevision } from "@/lib/revisions";
import type { EventFormValues, EventInput } from "@/lib/validation/event-form";
import { dayValue, type RecordFieldErrors } from "./fields";
import {
  FieldRefusal,
  Refusals,
  TRANSACTION_OPTIONS,
  listName,
  recordSlug,
  resolveChips,
  resolveCompanies,
  runWrite,
  type Db,
  type Editor,
  type Tx,
  type WriteOutcome,
} from "./write";

// Creating and editing an export-control event: its fields, the companies and chips it names
// (typed by any alias), and the quotes behind it. Each quote is found in its source's archived
// text (lib/quotes.ts: whitespace and typographic quotes may differ) and stored as the exact
// slice at its offsets; a quote that is not in the text refuses the whole write.

const eventSelect = {
  id: true,
  slug: true,
  title: true,
  jurisdiction: true,
  authority: true,
  action: true,
  date: true,
  effectiveDate: true,
  datePrecision: true,
  dateSourceName: true,
  dateSourceUrl: true,
  description: true,
  status: true,
  version: true,
  companies: { select: { company: { select: { slug: true, name: true } } }, orderBy: { company: { name: "asc" } } },
  chips: { select: { chip: { select: { slug: true, name: true } } }, orderBy: { chip: { name: "asc" } } },
  sources: {
    select: { sourceId: true, quote: true, quoteStart: true, quoteEnd: true, source: { select: { slug: true } } },
    orderBy: [{ source: { slug: "asc" } }, { quoteStart: "asc" }],
  },
} satisfies Prisma.ExportControlEventSelect;

export type EventRow = Prisma.ExportControlEventGetPayload<{ select: typeof eventSelect }>;

export function findEvent(db: Db | Tx, where: { id: string } | { slug: string }): Promise<EventRow | null> {
  return db.exportControlEvent.findUnique({ where, select: eventSelect });
}

/** The event as its revisions record it: every field, the slugs it names, and its quotes with their offsets. */
export function eventSnapshot(row: EventRow): Record<string, unknown> {
  return {
    slug: row.slug,
    title: row.title,
    jurisdiction: row.jurisdiction,
    authority: row.authority,
    action: row.action,
    date: row.date,
    effectiveDate: row.effectiveDate,
    datePrecision: row.datePrecision,
    dateSourceName: row.dateSourceName,
    dateSourceUrl: row.dateSourceUrl,
    description: row.description,
    status: row.status,
    version: row.version,
    companies: row.companies.map((link) => link.company.slug).sort(),
    chips: row.chips.map((link) => link.chip.slug).sort(),
    quotes: row.sources.map((q) => ({ source: q.source.slug, quote: q.quote, quoteStart: q.quoteStart, quoteEnd: q.quoteEnd })),
  };
}

/** The event as its edit form shows it. */
export function eventFormValues(row: EventRow): EventFormValues {
  return {
    title: row.title,
    slug: row.slug,
    jurisdiction: row.jurisdiction,
    authority: row.authority ?? "",
    action: row.action,
    date: dayValue(row.date),
    effectiveDate: dayValue(row.effectiveDate),
    datePrecision: row.datePrecision ?? "",
    dateSourceName: row.dateSourceName ?? "",
    dateSourceUrl: row.dateSourceUrl ?? "",
    description: row.description ?? "",
    companies: row.companies.map((link) => listName(link.company)).join(", "),
    chips: row.chips.map((link) => listName(link.chip)).join(", "),
    quotes: row.sources.length > 0 ? row.sources.map((q) => ({ sourceId: q.sourceId, quote: q.quote })) : [{ sourceId: "", quote: "" }],
    version: String(row.version),
  };
}

export type SavedEvent = { id: string; slug: string; companySlugs: string[]; chipSlugs: string[]; sourceIds: string[] };

type LocatedQuote = { sourceId: string; quote: string; quoteStart: number; quoteEnd: number };

/** Finds each quote in its source's text: the exact slice and its offsets, or an error on that row's field. */
export async function locateQuotes(tx: Tx, rows: EventInput["quotes"]): Promise<LocatedQuote[]> {
  const sources = await tx.source.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.sourceId))] } },
    select: { id: true, title: true, text: true },
  });
  const errors: RecordFieldErrors = {};
  const located = new Map<string, LocatedQuote>();
  for (const row of rows) {
    const source = sources.find((s) => s.id === row.sourceId);
    if (!source) {
      errors[`quotes.${row.index}.sourceId`] = ["Choose a source from the list"];
      continue;
    }
    const span = findQuote(source.text, row.quote);
    if (!span) {
      errors[`quotes.${row.index}.quote`] = [
        `This quote is not in “${source.title}”: copy it from the article as it is (spacing and quotation marks may differ, words may not)`,
      ];
      continue;
    }
    // The same passage twice is one quote.
    located.set(`${source.id}:${span.start}`, { sourceId: source.id, quote: span.quote, quoteStart: span.start, quoteEnd: span.end });
  }
  if (Object.keys(errors).length > 0) throw new FieldRefusal(errors);
  return [...located.values()];
}

async function resolveLinks(tx: Tx, input: EventInput) {
  const [companies, chips] = [await resolveCompanies(tx, input.companies), await resolveChips(tx, input.chips)];
  const errors: RecordFieldErrors = {};
  if (companies.problems.length > 0) errors.companies = companies.problems;
  if (chips.problems.length > 0) errors.chips = chips.problems;
  if (Object.keys(errors).length > 0) throw new FieldRefusal(errors);
  return { companies: companies.records, chips: chips.records };
}

function eventSlug(tx: Tx, typed: string | null, title: string, selfId: string | null): Promise<string> {
  return recordSlug(
    typed,
    title,
    async (slug) => {
      const row = await tx.exportControlEvent.findUnique({ where: { slug }, select: { id: true, title: true } });
      return row ? { id: row.id, name: `“${row.title}”` } : null;
    },
    async (prefix) =>
      (
        await tx.exportControlEvent.findMany({
          where: { slug: { startsWith: prefix }, ...(selfId ? { id: { not: selfId } } : {}) },
          select: { slug: true },
        })
      ).map((row) => row.slug),
    selfId,
  );
}

function scalarFields(input: EventInput) {
  return {
    title: input.title,
    jurisdiction: input.jurisdiction,
    authority: input.authority,
    action: input.action,
    date: input.date,
    effectiveDate: input.effectiveDate,
    datePrecision: input.datePrecision,
    dateSourceName: input.dateSourceName,
    dateSourceUrl: input.dateSourceUrl,
    description: input.description,
  };
}

async function writeLinks(
  tx: Tx,
  eventId: string,
  links: { companies: { id: string }[]; chips: { id: string }[] },
  quotes: readonly LocatedQuote[],
) {
  await tx.eventCompany.deleteMany({ where: { eventId } });
  await tx.eventCompany.createMany({ data: links.companies.map((company) => ({ eventId, companyId: company.id })) });
  await tx.eventChip.deleteMany({ where: { eventId } });
  await tx.eventChip.createMany({ data: links.chips.map((chip) => ({ eventId, chipId: chip.id })) });
  await tx.eventSource.deleteMany({ where: { eventId } });
  await tx.eventSource.createMany({ data: quotes.map((quote) => ({ eventId, ...quote })) });
}

function saved(id: string, slug: string, links: { companies: { slug: string }[]; chips: { slug: string }[] }, quotes: LocatedQuote[], before?: EventRow): SavedEvent {
  return {
    id,
    slug,
    companySlugs: [...new Set([...links.companies.map((c) => c.slug), ...(before?.companies.map((l) => l.company.slug) ?? [])])],
    chipSlugs: [...new Set([...links.chips.map((c) => c.slug), ...(before?.chips.map((l) => l.chip.slug) ?? [])])],
    sourceIds: [...new Set([...quotes.map((q) => q.sourceId), ...(before?.sources.map((q) => q.sourceId) ?? [])])],
  };
}

export function createEvent(db: Db, editor: Editor, input: EventInput): Promise<WriteOutcome<SavedEvent>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const refusals = new Refusals();
      const slug = await refusals.check(eventSlug(tx, input.slug, input.title, null));
      const links = await refusals.check(resolveLinks(tx, input));
      const quotes = await refusals.check(locateQuotes(tx, input.quotes));
      refusals.throwIfAny();
      if (!slug || !links || !quotes) throw new FieldRefusal({});
      const { id } = await tx.exportControlEvent.create({ data: { slug, ...scalarFields(input) }, select: { id: true } });
      await writeLinks(tx, id, links, quotes);
      const after = (await findEvent(tx, { id }))!;
      await recordRevision(tx, {
        entityType: "ExportControlEvent",
        entityId: id,
        action: "create",
        userId: editor.id,
        before: null,
        after: eventSnapshot(after),
      });
      return saved(id, slug, links, quotes);
    }, TRANSACTION_OPTIONS),
  );
}

export function updateEvent(
  db: Db,
  editor: Editor,
  id: string,
  expectedVersion: number,
  input: EventInput,
): Promise<WriteOutcome<SavedEvent>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const before = await findEvent(tx, { id });
      if (!before) throw new FieldRefusal({}, "This event no longer exists.");
      await bumpVersion(
        (args) => tx.exportControlEvent.updateMany(args),
        () => tx.exportControlEvent.findUnique({ where: { id }, select: { version: true } }),
        "ExportControlEvent",
        id,
        expectedVersion,
      );
      const refusals = new Refusals();
      const slug = await refusals.check(eventSlug(tx, input.slug ?? before.slug, input.title, id));
      const links = await refusals.check(resolveLinks(tx, input));
      const quotes = await refusals.check(locateQuotes(tx, input.quotes));
      refusals.throwIfAny();
      if (!slug || !links || !quotes) throw new FieldRefusal({});
      await tx.exportControlEvent.update({ where: { id }, data: { slug, ...scalarFields(input) } });
      await writeLinks(tx, id, links, quotes);
      const after = (await findEvent(tx, { id }))!;
      await recordRevision(tx, {
        entityType: "ExportControlEvent",
        entityId: id,
        action: "update",
        userId: editor.id,
        before: eventSnapshot(before),
        after: eventSnapshot(after),
      });
      return saved(id, slug, links, quotes, before);
    }, TRANSACTION_OPTIONS),
  );
}
