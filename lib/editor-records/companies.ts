import type { Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_ROLE_LABELS, type CompanyRole } from "@/lib/constants";
import { normalizeName } from "@/lib/normalize";
import { bumpVersion, recordRevision } from "@/lib/revisions";
import type { CompanyFormValues, CompanyInput } from "@/lib/validation/company-form";
import type { RecordFieldErrors } from "./fields";
import {
  FieldRefusal,
  Refusals,
  TRANSACTION_OPTIONS,
  aliasRows,
  extraAliases,
  recordSlug,
  runWrite,
  type Db,
  type Editor,
  type Tx,
  type WriteOutcome,
} from "./write";

// Creating and editing a company: its fields, its aliases (normalised for look-ups) and its
// roles, with a revision in the same transaction and optimistic concurrency on `version`.

const companySelect = {
  id: true,
  slug: true,
  name: true,
  nameZh: true,
  country: true,
  website: true,
  description: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  roles: { select: { role: true }, orderBy: { role: "asc" } },
} satisfies Prisma.CompanySelect;

export type CompanyRow = Prisma.CompanyGetPayload<{ select: typeof companySelect }>;

export function findCompany(db: Db | Tx, where: { id: string } | { slug: string }): Promise<CompanyRow | null> {
  return db.company.findUnique({ where, select: companySelect });
}

/** The company as its revisions record it: every field, its aliases and roles, sorted. */
export function companySnapshot(row: CompanyRow): Record<string, unknown> {
  return {
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    country: row.country,
    website: row.website,
    description: row.description,
    version: row.version,
    aliases: row.aliases.map((a) => a.alias).sort(),
    roles: row.roles.map((r) => r.role).sort(),
  };
}

/** The company as its edit form shows it. */
export function companyFormValues(row: CompanyRow): CompanyFormValues {
  return {
    name: row.name,
    slug: row.slug,
    nameZh: row.nameZh ?? "",
    aliases: extraAliases(
      row.name,
      row.nameZh,
      row.aliases.map((a) => a.alias),
    ).join("\n"),
    country: row.country ?? "",
    roles: row.roles.map((r) => r.role),
    website: row.website ?? "",
    description: row.description ?? "",
    version: String(row.version),
  };
}

export type SavedCompany = { id: string; slug: string; previousSlug: string | null; roles: string[] };

/** A slug for a company: the one typed (refused when taken), or one derived from the name. */
function companySlug(tx: Tx, typed: string | null, name: string, selfId: string | null): Promise<string> {
  return recordSlug(
    typed,
    name,
    (slug) => tx.company.findUnique({ where: { slug }, select: { id: true, name: true } }),
    async (prefix) => (await tx.company.findMany({ where: { slug: { startsWith: prefix }, ...(selfId ? { id: { not: selfId } } : {}) }, select: { slug: true } })).map((row) => row.slug),
    selfId,
  );
}

/** Refuses names and aliases that already name another company: a look-up by alias must find one company. */
async function refuseNamesOfOthers(tx: Tx, input: CompanyInput, rows: { alias: string; normalized: string }[], selfId: string | null) {
  const clashes = await tx.companyAlias.findMany({
    where: { normalized: { in: rows.map((row) => row.normalized) }, ...(selfId ? { companyId: { not: selfId } } : {}) },
    select: { normalized: true, company: { select: { name: true } } },
  });
  if (clashes.length === 0) return;
  const errors: RecordFieldErrors = {};
  for (const row of rows) {
    const clash = clashes.find((c) => c.normalized === row.normalized);
    if (!clash) continue;
    const field =
      row.normalized === normalizeName(input.name) ? "name" : input.nameZh && row.normalized === normalizeName(input.nameZh) ? "nameZh" : "aliases";
    (errors[field] ??= []).push(`“${row.alias}” already names ${clash.company.name}`);
  }
  throw new FieldRefusal(errors);
}

/** A company that makes chips on Chipwatch keeps the chip-vendor role: its chips link to its vendor page. */
async function keepVendorRoleWhileMakingChips(tx: Tx, company: CompanyRow, roles: readonly CompanyRole[]) {
  if (roles.includes("chip_vendor")) return;
  const chips = await tx.chip.count({ where: { vendorId: company.id } });
  if (chips > 0)
    throw new FieldRefusal({
      roles: [
        `${company.name} makes ${chips} ${chips === 1 ? "chip" : "chips"} on Chipwatch: keep the “${COMPANY_ROLE_LABELS.chip_vendor}” role`,
      ],
    });
}

async function writeNamesAndRoles(tx: Tx, companyId: string, input: CompanyInput) {
  const rows = aliasRows(input.name, input.nameZh, input.aliases);
  await tx.companyAlias.deleteMany({ where: { companyId } });
  await tx.companyAlias.createMany({ data: rows.map((row) => ({ companyId, ...row })) });
  await tx.companyRole.deleteMany({ where: { companyId } });
  await tx.companyRole.createMany({ data: input.roles.map((role) => ({ companyId, role })) });
}

function scalarFields(input: CompanyInput) {
  return {
    name: input.name,
    nameZh: input.nameZh,
    country: input.country,
    website: input.website,
    description: input.description,
  };
}

export function createCompany(db: Db, editor: Editor, input: CompanyInput): Promise<WriteOutcome<SavedCompany>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const refusals = new Refusals();
      const slug = await refusals.check(companySlug(tx, input.slug, input.name, null));
      await refusals.check(refuseNamesOfOthers(tx, input, aliasRows(input.name, input.nameZh, input.aliases), null));
      refusals.throwIfAny();
      if (!slug) throw new FieldRefusal({});
      const { id } = await tx.company.create({ data: { slug, ...scalarFields(input) }, select: { id: true } });
      await writeNamesAndRoles(tx, id, input);
      const after = (await findCompany(tx, { id }))!;
      await recordRevision(tx, {
        entityType: "Company",
        entityId: id,
        action: "create",
        userId: editor.id,
        before: null,
        after: companySnapshot(after),
      });
      return { id, slug, previousSlug: null, roles: [...input.roles] };
    }, TRANSACTION_OPTIONS),
  );
}

export function updateCompany(
  db: Db,
  editor: Editor,
  id: string,
  expectedVersion: number,
  input: CompanyInput,
): Promise<WriteOutcome<SavedCompany>> {
  return runWrite(() =>
    db.$transaction(async (tx) => {
      const before = await findCompany(tx, { id });
      if (!before) throw new FieldRefusal({}, "This company no longer exists.");
      await bumpVersion(
        (args) => tx.company.updateMany(args),
        () => tx.company.findUnique({ where: { id }, select: { version: true } }),
        "Company",
        id,
        expectedVersion,
      );
      // An empty slug on the edit form keeps the current one: addresses stay stable.
      const refusals = new Refusals();
      const slug = await refusals.check(companySlug(tx, input.slug ?? before.slug, input.name, id));
      await refusals.check(refuseNamesOfOthers(tx, input, aliasRows(input.name, input.nameZh, input.aliases), id));
      await refusals.check(keepVendorRoleWhileMakingChips(tx, before, input.roles));
      refusals.throwIfAny();
      if (!slug) throw new FieldRefusal({});
      await tx.company.update({ where: { id }, data: { slug, ...scalarFields(input) } });
      await writeNamesAndRoles(tx, id, input);
      const after = (await findCompany(tx, { id }))!;
      await recordRevision(tx, {
        entityType: "Company",
        entityId: id,
        action: "update",
        userId: editor.id,
        before: companySnapshot(before),
        after: companySnapshot(after),
      });
      return { id, slug, previousSlug: before.slug === slug ? null : before.slug, roles: [...input.roles] };
    }, TRANSACTION_OPTIONS),
  );
}
