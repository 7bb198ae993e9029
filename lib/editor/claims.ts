import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";
import type { Db } from "@/lib/prisma-client";
import { findQuote } from "@/lib/quotes";
import { bumpVersion, recordRevision, VersionConflictError, type RevisionAction } from "@/lib/revisions";
import {
  formatCompanyMentions,
  TRANSITION_RULES,
  type ClaimEditForm,
  type ClaimForm,
  type ClaimFormState,
  type ClaimFormValues,
  type ClaimStatusChange,
  type CompanyMention,
} from "@/lib/validation/claim-form";
import type { FieldErrorMap } from "@/lib/validation/source-form";
// The company and chip forms' snapshots, so a record created here diffs cleanly against later edits there.
import { chipSnapshot, findChip } from "@/lib/editor-records/chips";
import { companySnapshot, findCompany } from "@/lib/editor-records/companies";
import { resolveChip, resolveCompany, type ChipMatch, type CompanyMatch, type Resolution } from "./aliases";
import { slugFromWords, slugify, uniqueSlug } from "./slugs";
import { TRANSACTION_OPTIONS } from "./transaction";

// Writing claims: create, edit, and the status changes (publish, retract, mark disputed, restore).
// Each runs in one transaction: every check first (the source exists, the quote is in its text,
// each name means one company or chip), then the writes with their Revisions, or no write at all
// and the reasons, field by field. The server actions in lib/actions/claims.ts wrap these.

type Tx = Prisma.TransactionClient;
export type Editor = { id: string };

export const QUOTE_NOT_IN_TEXT = "This quote is not in the article text";

/** What a save touched, so the action can refresh the reader pages that show it. */
export type ClaimTouched = { id: string; slug: string; companySlugs: string[]; chipSlugs: string[]; sourceId: string };

export type ClaimWriteResult = { ok: true; claim: ClaimTouched } | { ok: false; state: Omit<ClaimFormState, "values"> & { values?: ClaimFormValues } };

// ── Snapshots (what a Claim revision records) ──────────────────────────────────────────────

const claimSnapshotSelect = {
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
  sourceId: true,
  subject: { select: { slug: true, name: true } },
  source: { select: { slug: true, title: true } },
  companies: { select: { role: true, company: { select: { slug: true, name: true } } }, orderBy: { company: { slug: "asc" } } },
  chips: {
    select: { chip: { select: { slug: true, name: true, vendor: { select: { slug: true } } } } },
    orderBy: { chip: { slug: "asc" } },
  },
} satisfies Prisma.ClaimSelect;

type ClaimSnapshotRow = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

/** A claim as its revisions record it: its fields, and its company, chips and source by slug. */
export function claimSnapshot(row: ClaimSnapshotRow) {
  return {
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    summary: row.summary,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    translation: row.translation,
    claimDate: row.claimDate,
    confidence: row.confidence,
    note: row.note,
    subject: row.subject.slug,
    source: row.source.slug,
    companies: row.companies.map((link) => `${link.company.slug} (${link.role})`),
    chips: row.chips.map((link) => link.chip.slug),
  };
}

async function readClaim(tx: Tx | Db, id: string) {
  return tx.claim.findUnique({ where: { id }, select: claimSnapshotSelect });
}

/** The form's values for a claim as it is now: its edit form, or what a conflict shows. */
export function claimFormValuesOf(row: ClaimSnapshotRow): ClaimFormValues {
  return {
    sourceId: row.sourceId,
    company: row.subject.name,
    otherCompanies: formatCompanyMentions(
      row.companies.map((link) => ({ name: link.company.name, role: link.role as CompanyMention["role"] })),
    ),
    chips: row.chips.map((link) => link.chip.name).join(", "),
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    translation: row.translation ?? "",
    claimDate: row.claimDate ? row.claimDate.toISOString().slice(0, 10) : "",
    confidence: row.confidence,
    note: row.note ?? "",
    version: String(row.version),
  };
}

export async function readClaimFormValues(db: Db | Tx, id: string) {
  const row = await readClaim(db, id);
  return row ? { version: row.version, status: row.status, values: claimFormValuesOf(row) } : null;
}

/** The claim's own ids and every company (subject, linked, its chips' vendors) and chip whose pages show it. */
function touched(row: ClaimSnapshotRow): ClaimTouched {
  return {
    id: row.id,
    slug: row.slug,
    sourceId: row.sourceId,
    companySlugs: [
      ...new Set([row.subject.slug, ...row.companies.map((l) => l.company.slug), ...row.chips.map((l) => l.chip.vendor.slug)]),
    ],
    chipSlugs: row.chips.map((l) => l.chip.slug),
  };
}

// ── Checking a claim form against the database ────────────────────────────────────────────

type Plan = {
  source: { id: string };
  quote: { start: number; end: number; quote: string };
  subject: { existing: CompanyMatch } | { create: string };
  others: { company: { existing: CompanyMatch } | { create: string }; role: string }[];
  chips: ({ existing: ChipMatch } | { create: string; vendorId: string })[];
};

type Checked = { ok: true; plan: Plan } | { ok: false; errors: FieldErrorMap; unknownCompanies: string[]; unknownChips: string[] };

function ambiguousMessage(typed: string, candidates: { name: string }[]) {
  return `“${typed}” could mean ${candidates.map((c) => c.name).join(" or ")}: type the full name`;
}

async function checkClaimForm(tx: Tx, form: ClaimForm | ClaimEditForm): Promise<Checked> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const unknownCompanies: string[] = [];
  const unknownChips: string[] = [];
  const createCompanies = new Set(form.createCompanies.map(normalizeName));
  const createChips = new Set(form.createChips.map(normalizeName));
  const vendorFor = new Map(Object.entries(form.newChipVendors).map(([name, id]) => [normalizeName(name), id.trim()]));

  const source = await tx.source.findUnique({ where: { id: form.sourceId }, select: { id: true, text: true } });
  let quote: Plan["quote"] | null = null;
  if (!source) add("sourceId", "Choose a source from the list");
  else {
    quote = findQuote(source.text, form.quote);
    if (!quote) add("quote", QUOTE_NOT_IN_TEXT);
  }

  const company = async (typed: string, field: string): Promise<{ existing: CompanyMatch } | { create: string } | null> => {
    const found: Resolution<CompanyMatch> = await resolveCompany(tx, typed);
    if (found.status === "found") return { existing: found.record };
    if (found.status === "ambiguous") {
      add(field, ambiguousMessage(typed, found.candidates));
      return null;
    }
    if (createCompanies.has(normalizeName(typed))) return { create: typed.trim() };
    add(field, `No company is called “${typed}”: check the spelling, or tick the box below to create it`);
    unknownCompanies.push(typed);
    return null;
  };

  const subject = await company(form.company, "company");
  const others: Plan["others"] = [];
  for (const mention of form.otherCompanies) {
    const resolved = await company(mention.name, "otherCompanies");
    if (resolved) others.push({ company: resolved, role: mention.role });
  }

  const chips: Plan["chips"] = [];
  for (const typed of form.chips) {
    const found = await resolveChip(tx, typed);
    if (found.status === "found") chips.push({ existing: found.record });
    else if (found.status === "ambiguous") add("chips", ambiguousMessage(typed, found.candidates.map((c) => ({ name: `${c.name} (${c.vendor.name})` }))));
    else if (createChips.has(normalizeName(typed))) {
      const vendorId = vendorFor.get(normalizeName(typed)) ?? "";
      const vendor = vendorId ? await tx.company.findUnique({ where: { id: vendorId }, select: { id: true } }) : null;
      if (vendor) chips.push({ create: typed.trim(), vendorId: vendor.id });
      else {
        add("chips", `Choose the company that makes “${typed}”`);
        unknownChips.push(typed);
      }
    } else {
      add("chips", `No chip is called “${typed}”: check the spelling, or tick the box below to create it`);
      unknownChips.push(typed);
    }
  }

  if (Object.keys(errors).length > 0 || !source || !quote || !subject) return { ok: false, errors, unknownCompanies, unknownChips };
  return { ok: true, plan: { source, quote, subject, others, chips } };
}

// ── Inline creation of a missing company or chip (each with its own revision) ──────────────

async function createCompanyInline(tx: Tx, editor: Editor, name: string): Promise<CompanyMatch> {
  const slug = await uniqueSlug(slugify(name, "company"), async (prefix) =>
    (await tx.company.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map((c) => c.slug),
  );
  const company = await tx.company.create({
    data: {
      slug,
      name,
      aliases: { create: [{ alias: name, normalized: normalizeName(name) }] },
      roles: { create: [{ role: "customer" }] },
    },
    select: { id: true, slug: true, name: true },
  });
  await recordRevision(tx, {
    entityType: "Company",
    entityId: company.id,
    action: "create",
    userId: editor.id,
    before: null,
    after: companySnapshot((await findCompany(tx, { id: company.id }))!),
  });
  return company;
}

async function createChipInline(tx: Tx, editor: Editor, name: string, vendorId: string): Promise<ChipMatch> {
  const slug = await uniqueSlug(slugify(name, "chip"), async (prefix) =>
    (await tx.chip.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map((c) => c.slug),
  );
  const chip = await tx.chip.create({
    data: { slug, name, vendorId, kind: "accelerator", aliases: { create: [{ alias: name, normalized: normalizeName(name) }] } },
    select: { id: true, slug: true, name: true, vendor: { select: { name: true, slug: true } } },
  });
  await recordRevision(tx, {
    entityType: "Chip",
    entityId: chip.id,
    action: "create",
    userId: editor.id,
    before: null,
    after: chipSnapshot((await findChip(tx, { id: chip.id }))!),
  });
  return chip;
}

/** Creates what the plan says is missing (each company once) and returns the ids to link. */
async function materialise(tx: Tx, editor: Editor, plan: Plan) {
  const created = new Map<string, CompanyMatch>();
  const companyId = async (c: { existing: CompanyMatch } | { create: string }) => {
    if ("existing" in c) return c.existing.id;
    const key = normalizeName(c.create);
    if (!created.has(key)) created.set(key, await createCompanyInline(tx, editor, c.create));
    return created.get(key)!.id;
  };
  const subjectId = await companyId(plan.subject);
  const links = new Map<string, string>();
  for (const other of plan.others) {
    const id = await companyId(other.company);
    if (id !== subjectId && !links.has(id)) links.set(id, other.role);
  }
  const chipIds = new Set<string>();
  const createdChips = new Map<string, string>();
  for (const chip of plan.chips) {
    if ("existing" in chip) chipIds.add(chip.existing.id);
    else {
      const key = normalizeName(chip.create);
      if (!createdChips.has(key)) createdChips.set(key, (await createChipInline(tx, editor, chip.create, chip.vendorId)).id);
      chipIds.add(createdChips.get(key)!);
    }
  }
  return { subjectId, links: [...links].map(([id, role]) => ({ companyId: id, role })), chipIds: [...chipIds] };
}

function refused(checked: Extract<Checked, { ok: false }>): ClaimWriteResult {
  return {
    ok: false,
    state: {
      message: "The claim was not saved: correct the fields marked below.",
      errors: checked.errors,
      unknownCompanies: checked.unknownCompanies,
      unknownChips: checked.unknownChips,
    },
  };
}

// ── Create ─────────────────────────────────────────────────────────────────────────────────

/** A new claim (a draft unless "Publish now"), its links, and the companies or chips it creates. */
export async function createClaim(db: Db, editor: Editor, form: ClaimForm): Promise<ClaimWriteResult> {
  return db.$transaction(async (tx): Promise<ClaimWriteResult> => {
    const checked = await checkClaimForm(tx, form);
    if (!checked.ok) return refused(checked);
    const { plan } = checked;
    const ids = await materialise(tx, editor, plan);
    const slug = await uniqueSlug(slugFromWords(form.summary, "claim"), async (prefix) =>
      (await tx.claim.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map((c) => c.slug),
    );
    const { id } = await tx.claim.create({
      data: {
        slug,
        kind: form.kind,
        subjectCompanyId: ids.subjectId,
        sourceId: plan.source.id,
        summary: form.summary,
        quote: plan.quote.quote,
        quoteStart: plan.quote.start,
        quoteEnd: plan.quote.end,
        translation: form.translation,
        claimDate: form.claimDate,
        confidence: form.confidence,
        status: form.publishNow ? "published" : "draft",
        note: form.note,
        createdById: editor.id,
        updatedById: editor.id,
        companies: { create: ids.links },
        chips: { create: ids.chipIds.map((chipId) => ({ chipId })) },
      },
      select: { id: true },
    });
    const after = (await readClaim(tx, id))!;
    await recordRevision(tx, { entityType: "Claim", entityId: id, action: "create", userId: editor.id, before: null, after: claimSnapshot(after) });
    return { ok: true, claim: touched(after) };
  }, TRANSACTION_OPTIONS);
}

// ── Edit ───────────────────────────────────────────────────────────────────────────────────

const FIELD_LABELS: Partial<Record<keyof ClaimFormValues, string>> = {
  sourceId: "Source",
  company: "Company",
  otherCompanies: "Other companies",
  chips: "Chip",
  kind: "Claim type",
  summary: "Summary",
  quote: "Quote",
  translation: "Translation",
  claimDate: "Claim date",
  confidence: "Confidence",
  note: "Editor's note",
};

async function conflictResult(db: Db, id: string, error: VersionConflictError, yours: ClaimFormValues): Promise<ClaimWriteResult> {
  const current = await readClaimFormValues(db, id);
  if (!current) return { ok: false, state: { message: "This claim no longer exists." } };
  const changed = (Object.keys(FIELD_LABELS) as (keyof ClaimFormValues)[])
    .filter((field) => (yours[field] ?? "") !== (current.values[field] ?? "") && typeof yours[field] === "string")
    .map((field) => ({ field: FIELD_LABELS[field]!, value: String(yours[field]) }));
  return {
    ok: false,
    state: {
      message: error.message.replace("this Claim", "this claim"),
      values: current.values,
      conflict: { version: current.version, yours: changed },
    },
  };
}

/**
 * Saves every field of a claim, if nobody saved it since the editor opened it (`form.version`);
 * otherwise nothing is written and the current values come back. The status does not change here.
 */
export async function updateClaim(
  db: Db,
  editor: Editor,
  id: string,
  form: ClaimEditForm,
  typed: ClaimFormValues = {},
): Promise<ClaimWriteResult> {
  try {
    return await db.$transaction(async (tx): Promise<ClaimWriteResult> => {
      const before = await readClaim(tx, id);
      if (!before) return { ok: false, state: { message: "This claim no longer exists." } };
      if (before.version !== form.version) throw new VersionConflictError("Claim", id, form.version, before.version);
      const checked = await checkClaimForm(tx, form);
      if (!checked.ok) return refused(checked);
      const { plan } = checked;
      await bumpVersion(
        (args) => tx.claim.updateMany(args),
        () => tx.claim.findUnique({ where: { id }, select: { version: true } }),
        "Claim",
        id,
        form.version,
      );
      const ids = await materialise(tx, editor, plan);
      await tx.claimCompany.deleteMany({ where: { claimId: id } });
      await tx.claimChip.deleteMany({ where: { claimId: id } });
      await tx.claim.update({
        where: { id },
        data: {
          kind: form.kind,
          subjectCompanyId: ids.subjectId,
          sourceId: plan.source.id,
          summary: form.summary,
          quote: plan.quote.quote,
          quoteStart: plan.quote.start,
          quoteEnd: plan.quote.end,
          translation: form.translation,
          claimDate: form.claimDate,
          confidence: form.confidence,
          note: form.note,
          updatedById: editor.id,
          companies: { create: ids.links },
          chips: { create: ids.chipIds.map((chipId) => ({ chipId })) },
        },
      });
      const after = (await readClaim(tx, id))!;
      await recordRevision(tx, {
        entityType: "Claim",
        entityId: id,
        action: "update",
        userId: editor.id,
        before: claimSnapshot(before),
        after: claimSnapshot(after),
      });
      // the pages that showed it before the edit need refreshing too
      const previous = touched(before);
      const now = touched(after);
      return {
        ok: true,
        claim: {
          ...now,
          companySlugs: [...new Set([...previous.companySlugs, ...now.companySlugs])],
          chipSlugs: [...new Set([...previous.chipSlugs, ...now.chipSlugs])],
        },
      };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof VersionConflictError) return conflictResult(db, id, error, typed);
    throw error;
  }
}

// ── Status changes ─────────────────────────────────────────────────────────────────────────

export type StatusChangeResult =
  | { ok: true; claim: ClaimTouched; status: string }
  | { ok: false; message: string; errors?: FieldErrorMap };

const TRANSITION_ACTION: Record<ClaimStatusChange["transition"], RevisionAction> = {
  publish: "publish",
  retract: "retract",
  dispute: "dispute",
  restore: "restore",
};

const TRANSITION_VERB: Record<ClaimStatusChange["transition"], string> = {
  publish: "published",
  retract: "retracted",
  dispute: "marked disputed",
  restore: "restored",
};

/**
 * Moves a claim along its lifecycle: draft → published → retracted; published ↔ disputed.
 * Retracting and disputing store their reason in the claim's note. Refused when the claim moved
 * on since the editor loaded it.
 */
export async function changeClaimStatus(db: Db, editor: Editor, change: ClaimStatusChange): Promise<StatusChangeResult> {
  const rule = TRANSITION_RULES[change.transition];
  try {
    return await db.$transaction(async (tx): Promise<StatusChangeResult> => {
      const before = await readClaim(tx, change.claimId);
      if (!before) return { ok: false, message: "This claim no longer exists." };
      if (before.version !== change.version) {
        throw new VersionConflictError("Claim", change.claimId, change.version, before.version);
      }
      if (!rule.from.includes(before.status)) {
        return { ok: false, message: `This claim is ${before.status}: it cannot be ${TRANSITION_VERB[change.transition]}.` };
      }
      await bumpVersion(
        (args) => tx.claim.updateMany(args),
        () => tx.claim.findUnique({ where: { id: change.claimId }, select: { version: true } }),
        "Claim",
        change.claimId,
        change.version,
      );
      await tx.claim.update({
        where: { id: change.claimId },
        data: {
          status: rule.to,
          updatedById: editor.id,
          ...(change.transition === "retract" || change.transition === "dispute" ? { note: change.note } : {}),
        },
      });
      const after = (await readClaim(tx, change.claimId))!;
      await recordRevision(tx, {
        entityType: "Claim",
        entityId: change.claimId,
        action: TRANSITION_ACTION[change.transition],
        userId: editor.id,
        before: claimSnapshot(before),
        after: claimSnapshot(after),
      });
      return { ok: true, claim: touched(after), status: rule.to };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return {
        ok: false,
        message:
          error.currentVersion === null
            ? "This claim no longer exists."
            : `Someone else saved this claim after you opened it. Nothing was changed: the page now shows the current version.`,
      };
    }
    throw error;
  }
}
