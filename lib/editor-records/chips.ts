import type { Prisma } from "@/lib/generated/prisma/client";
import { SPEC_METRICS, SPEC_METRIC_KEYS, type SpecMetric } from "@/lib/constants";
import { normalizeName } from "@/lib/normalize";
import { bumpVersion, recordRevision } from "@/lib/revisions";
import {
  EMPTY_SPEC_VALUES,
  emptySpecs,
  specValueText,
  type ChipFormValues,
  type ChipInput,
  type SpecInput,
  type SpecValue,
} from "@/lib/validation/chip-form";
import { companySnapshot, findCompany } from "./companies";
import { dayValue, type RecordFieldErrors } from "./fields";
import {
  FieldRefusal,
  Refusals,
  TRANSACTION_OPTIONS,
  aliasRows,
  extraAliases,
  listName,
  recordSlug,
  resolveCompanies,
  runWrite,
  type Db,
  type Editor,
  type Tx,
  type WriteOutcome,
} from "./write";

// Creating and editing a chip: its fields, aliases, vendor and spec table (one sourced value per
// metric), with a revision in the same transaction and optimistic concurrency on `version`.
// A vendor typed by alias that lacks the chip-vendor role gets it (and the company a revision).

const chipSelect = {
  id: true,
  slug: true,
  name: true,
  nameZh: true,
  family: true,
  kind: true,
  status: true,
  announcedOn: true,
  releasedOn: true,
  datePrecision: true,
  dateSourceName: true,
  dateSourceUrl: true,
  processNode: true,
  foundry: true,
  description: true,
  version: true,
  vendor: { select: { id: true, slug: true, name: true } },
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  specs: {
    select: {
      metric: true,
      valueNum: true,
      valueText: true,
      valueBool: true,
      sourceName: true,
      sourceUrl: true,
      licence: true,
      note: true,
      sourceId: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      source: { select: { title: true } },
    },
    orderBy: { metric: "asc" },
  },
} satisfies Prisma.ChipSelect;


export type ChipRow = Prisma.ChipGetPayload<{ select: typeof chipSelect }>;
type SpecRow = ChipRow["specs"][number];

export function findChip(db: Db | Tx, where: { id: string } | { slug: string }): Promise<ChipRow | null> {
  return db.chip.findUnique({ where, select: chipSelect });
}

function storedValue(spec: Pick<SpecRow, "valueNum" | "valueText" | "valueBool">): SpecValue | null {
  return spec.valueNum ?? spec.valueText ?? spec.valueBool ?? null;
}

/** The chip as its revisions record it: every field, its aliases, and one entry per spec ("spec.<metric>"). */
export function chipSnapshot(row: ChipRow): Record<string, unknown> {
  return {
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    vendor: row.vendor.slug,
    family: row.family,
    kind: row.kind,
    status: row.status,
    announcedOn: row.announcedOn,
    releasedOn: row.releasedOn,
    datePrecision: row.datePrecision,
    dateSourceName: row.dateSourceName,
    dateSourceUrl: row.dateSourceUrl,
    processNode: row.processNode,
    foundry: row.foundry,
    description: row.description,
    version: row.version,
    aliases: row.aliases.map((a) => a.alias).sort(),
    ...Object.fromEntries(
      row.specs.map((spec) => [
        `spec.${spec.metric}`,
        {
          value: storedValue(spec),
          sourceName: spec.sourceName,
          sourceUrl: spec.sourceUrl,
          licence: spec.licence,
          note: spec.note,
          ...(spec.quote ? { quote: spec.quote, sourceId: spec.sourceId, quoteStart: spec.quoteStart, quoteEnd: spec.quoteEnd } : {}),
        },
      ]),
    ),
  };
}

/** The chip as its edit form shows it. */
export function chipFormValues(row: ChipRow): ChipFormValues {
  const specs = emptySpecs();
  for (const spec of row.specs) {
    if (!(spec.metric in SPEC_METRICS)) continue;
    specs[spec.metric as SpecMetric] = {
      ...EMPTY_SPEC_VALUES,
      value: specValueText(storedValue(spec)),
      sourceName: spec.sourceName,
      sourceUrl: spec.sourceUrl ?? "",
      licence: spec.licence ?? "",
      note: spec.note ?? "",
    };
  }
  return {
    name: row.name,
    slug: row.slug,
    vendor: listName(row.vendor),
    nameZh: row.nameZh ?? "",
    aliases: extraAliases(
      row.name,
      row.nameZh,
      row.aliases.map((a) => a.alias),
    ).join("\n"),
    family: row.family ?? "",
    kind: row.kind,
    status: row.status ?? "",
    announcedOn: dayValue(row.announcedOn),
    releasedOn: dayValue(row.releasedOn),
    datePrecision: row.datePrecision ?? "",
    dateSourceName: row.dateSourceName ?? "",
    dateSourceUrl: row.dateSourceUrl ?? "",
    processNode: row.processNode ?? "",
    foundry: row.foundry ?? "",
    description: row.description ?? "",
    specs,
    version: String(row.version),
  };
}

/** Spec values that come from an archived article, by metric: the form says the quote stays while the value does. */
export function chipArticleQuotes(row: ChipRow): Partial<Record<SpecMetric, { quote: string; sourceTitle: string }>> {
  return Object.fromEntries(
    row.specs
      .filter((spec) => spec.quote && spec.source)
      .map((spec) => [spec.metric, { quote: spec.quote!, sourceTitle: spec.source!.title }]),
  );
}

export type SavedChip = { id: string; slug: string; previousSlug: string | null; vendorSlugs: string[] };

function chipSlug(tx: Tx, typed: string | null, name: string, selfId: string | null): Promise<string> {
  return recordSlug(
    typed,
    name,
    (slug) => tx.chip.findUnique({ where: { slug }, select: { id: true, name: true } }),
    async (prefix) => (await tx.chip.findMany({ where: { slug: { startsWith: prefix }, ...(selfId ? { id: { not: selfId } } : {}) }, select: { slug: true } })).map((row) => row.slug),
    selfId,
  );
}

async function refuseNamesOfOtherChips(tx: Tx, input: ChipInput, selfId: string | null) {
  const rows = aliasRows(input.name, input.nameZh, input.aliases);
  const clashes = await tx.chipAlias.findMany({
    where: { normalized: { in: rows.map((row) => row.normalized) }, ...(selfId ? { chipId: { not: selfId } } : {}) },
    select: { normalized: true, chip: { select: { name: true } } },
  });
  if (clashes.length === 0) return;
  const errors: RecordFieldErrors = {};
  for (const row of rows) {
    const clash = clashes.find((c) => c.normalized === row.normalized);
    if (!clash) continue;
    const field =
      row.normalized === normalizeName(input.name) ? "name" : input.nameZh && row.normalized === normalizeName(input.nameZh) ? "nameZh" : "aliases";
    (errors[field] ??= []).push(`“${row.alias}” already names the chip ${clash.chip.name}`);
  }
  throw new FieldRefusal(errors);
}

/** The vendor the form names; a company without the chip-vendor role gets it, with its own revision. */
async function resolveVendor(tx: Tx, editor: Editor, typed: string): Promise<{ id: string; slug: string }> {
  const { records, problems } = await resolveCompanies(tx, [typed]);
  if (problems.length > 0 || records.length !== 1) throw new FieldRefusal({ vendor: problems });
  const vendor = records[0];
  const hasRole = await tx.companyRole.findUnique({ where: { companyId_role: { companyId: vendor.id, role: "chip_vendor" } } });
  if (!hasRole) {
    const before = (await findCompany(tx, { id: vendor.id }))!;
    await tx.companyRole.create({ data: { companyId: vendor.id, role: "chip_vendor" } });
    await tx.company.update({ where: { id: vendor.id }, data: { version: { increment: 1 } } });
    const after = (await findCompany(tx, { id: vendor.id }))!;
    await recordRevision(tx, {
      entityType: "Company",
      entityId: vendor.id,
      action: "update",
      userId: editor.id,
      before: companySnapshot(before),
      after: companySnapshot(after),
    });
  }
  return vendor;
}

function sameValue(row: SpecRow, value: SpecValue): boolean {
  return storedValue(row) === value;
}

/** Writes the spec table: a value per metric, deleted when empty. An article's quote stays while its value and source do. */
async function writeSpecs(tx: Tx, chipId: string, specs: ChipInput["specs"], existing: readonly SpecRow[]) {
  for (const metric of SPEC_METRIC_KEYS) {
    const input: SpecInput | null = specs[metric];
    const old = existing.find((spec) => spec.metric === metric);
    if (!input) {
      if (old) await tx.chipSpec.delete({ where: { chipId_metric: { chipId, metric } } });
      continue;
    }
    const keepQuote = !!old?.quote && sameValue(old, input.value) && old.sourceName === input.sourceName;
    const data = {
      valueNum: typeof input.value === "number" ? input.value : null,
      valueText: typeof input.value === "string" ? input.value : null,
      valueBool: typeof input.value === "boolean" ? input.value : null,
      unit: SPEC_METRICS[metric].unit,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
      licence: input.licence,
      note: input.note,
      sourceId: keepQuote ? old!.sourceId : null,
      quote: keepQuote ? old!.quote : null,
      quoteStart: keepQuote ? old!.quoteStart : null,
      quoteEnd: keepQuote ? old!.quoteEnd : null,
    };
    await tx.chipSpec.upsert({
      where: { chipId_metric: { chipId, metric } },
      create: { chipId, metric, ...data },
      update: data,
    });
  }
}

async function writeAliases(tx: Tx, chipId: string, input: ChipInput) {
  await tx.chipAlias.deleteMany({ where: { chipId } });
  await tx.chipAlias.createMany({ data: aliasRows(input.name, input.nameZh, input.aliases).map((row) => ({ chipId, ...row })) });
}

function scalarFields(input: ChipInput) {
  return {
    name: input.name,
    nameZh: input.nameZh,
    family: input.family,
    kind: input.kind,
    status: input.status,
    announcedOn: input.announcedOn,
    releasedOn: input.releasedOn,
    datePrecision: input.datePrecision,
    dateSourceName: input.dateSourceName,
    dateSourceUrl: input.dateSourceUrl,
    processNode: input.processNode,
    foundry: input.foundry,
    description: input.description,
  };
}

export function createChip(db: Db, editor: Editor, input: ChipInput): Promise<WriteOutcome<SavedChip>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const refusals = new Refusals();
      const slug = await refusals.check(chipSlug(tx, input.slug, input.name, null));
      await refusals.check(refuseNamesOfOtherChips(tx, input, null));
      const vendor = await refusals.check(resolveVendor(tx, editor, input.vendor));
      refusals.throwIfAny();
      if (!slug || !vendor) throw new FieldRefusal({});
      const { id } = await tx.chip.create({ data: { slug, vendorId: vendor.id, ...scalarFields(input) }, select: { id: true } });
      await writeAliases(tx, id, input);
      await writeSpecs(tx, id, input.specs, []);
      const after = (await findChip(tx, { id }))!;
      await recordRevision(tx, { entityType: "Chip", entityId: id, action: "create", userId: editor.id, before: null, after: chipSnapshot(after) });
      return { id, slug, previousSlug: null, vendorSlugs: [vendor.slug] };
    }, TRANSACTION_OPTIONS),
  );
}

export function updateChip(
  db: Db,
  editor: Editor,
  id: string,
  expectedVersion: number,
  input: ChipInput,
): Promise<WriteOutcome<SavedChip>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const before = await findChip(tx, { id });
      if (!before) throw new FieldRefusal({}, "This chip no longer exists.");
      await bumpVersion(
        (args) => tx.chip.updateMany(args),
        () => tx.chip.findUnique({ where: { id }, select: { version: true } }),
        "Chip",
        id,
        expectedVersion,
      );
      const refusals = new Refusals();
      const slug = await refusals.check(chipSlug(tx, input.slug ?? before.slug, input.name, id));
      await refusals.check(refuseNamesOfOtherChips(tx, input, id));
      const vendor = await refusals.check(resolveVendor(tx, editor, input.vendor));
      refusals.throwIfAny();
      if (!slug || !vendor) throw new FieldRefusal({});
      await tx.chip.update({ where: { id }, data: { slug, vendorId: vendor.id, ...scalarFields(input) } });
      await writeAliases(tx, id, input);
      await writeSpecs(tx, id, input.specs, before.specs);
      const after = (await findChip(tx, { id }))!;
      await recordRevision(tx, {
        entityType: "Chip",
        entityId: id,
        action: "update",
        userId: editor.id,
        before: chipSnapshot(before),
        after: chipSnapshot(after),
      });
      return {
        id,
        slug,
        previousSlug: before.slug === slug ? null : before.slug,
        vendorSlugs: [...new Set([before.vendor.slug, vendor.slug])],
      };
    }, TRANSACTION_OPTIONS),
  );
}
