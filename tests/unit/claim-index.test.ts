// The claim index (ClaimAbout, ClaimStance, ChipClaim), kept by the triggers of migrations
// *_claim_index and *_chip_claim_index on either engine: it must always equal what lib/stance.ts
// derives from the claims themselves (ChipClaim: ClaimChip joined to Claim), after the seed and after
// every kind of write (a new claim, a status, kind or date change, links added, changed and removed,
// a chip moved to another vendor, a claim deleted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCustomers, claimVendors, stanceOfKind, type StanceClaim } from "@/lib/stance";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
});
afterAll(async () => {
  await t?.cleanup();
});

type Row = Record<string, string | boolean | null>;
/** Rows as comparable strings (keys in one order), sorted. */
const sortRows = (rows: Row[]) => rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();

/** What the index should hold, computed in JavaScript by lib/stance from every claim. */
async function expected() {
  const claims = await t.db.claim.findMany({
    select: {
      id: true,
      kind: true,
      status: true,
      claimDate: true,
      createdAt: true,
      subject: { select: { id: true, slug: true } },
      companies: { select: { role: true, company: { select: { id: true, slug: true } } } },
      chips: { select: { chip: { select: { id: true, slug: true, vendor: { select: { id: true, slug: true } } } } } },
    },
  });
  const about: Row[] = [];
  const stances: Row[] = [];
  const chips: Row[] = [];
  for (const claim of claims) {
    const idOf = new Map<string, string>([[claim.subject.slug, claim.subject.id]]);
    claim.companies.forEach((link) => idOf.set(link.company.slug, link.company.id));
    claim.chips.forEach((link) => idOf.set(link.chip.vendor.slug, link.chip.vendor.id));
    const stanceClaim: StanceClaim = {
      id: claim.id,
      kind: claim.kind,
      subject: claim.subject,
      companies: claim.companies.map((link) => ({ slug: link.company.slug, role: link.role })),
      chips: claim.chips.map((link) => ({ slug: link.chip.slug, vendorSlug: link.chip.vendor.slug })),
    };
    const named = new Set([claim.subject.slug, ...claim.companies.map((link) => link.company.slug)]);
    const vendors = new Set(claimVendors(stanceClaim));
    const copied = {
      status: claim.status,
      claimDate: claim.claimDate?.toISOString() ?? null,
      createdAt: claim.createdAt.toISOString(),
    };
    for (const link of claim.chips) {
      chips.push({ chipId: link.chip.id, claimId: claim.id, kind: claim.kind, ...copied });
    }
    for (const slug of new Set([...named, ...vendors])) {
      about.push({
        companyId: idOf.get(slug)!,
        claimId: claim.id,
        named: named.has(slug),
        asVendor: vendors.has(slug),
        kind: claim.kind,
        ...copied,
      });
    }
    const stance = stanceOfKind(claim.kind);
    if (!stance) continue;
    for (const customer of claimCustomers(stanceClaim)) {
      for (const vendor of vendors) {
        stances.push({ customerId: idOf.get(customer)!, vendorId: idOf.get(vendor)!, claimId: claim.id, stance, ...copied });
      }
    }
  }
  return { about: sortRows(about), stances: sortRows(stances), chips: sortRows(chips) };
}

/** What the index holds. */
async function actual() {
  const about = await t.db.claimAbout.findMany();
  const stances = await t.db.claimStance.findMany();
  const chips = await t.db.chipClaim.findMany();
  const dates = <T extends { claimDate: Date | null; createdAt: Date }>(row: T) => ({
    ...row,
    claimDate: row.claimDate?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  });
  return { about: sortRows(about.map(dates)), stances: sortRows(stances.map(dates)), chips: sortRows(chips.map(dates)) };
}

async function expectInStep() {
  const [want, have] = await Promise.all([expected(), actual()]);
  expect(have.about).toEqual(want.about);
  expect(have.stances).toEqual(want.stances);
  expect(have.chips).toEqual(want.chips);
  return have;
}

async function ids() {
  const company = async (slug: string) => (await t.db.company.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const chip = async (slug: string) => (await t.db.chip.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const source = (await t.db.source.findFirstOrThrow({ select: { id: true, text: true } }));
  return {
    huawei: await company("huawei"),
    nvidia: await company("nvidia"),
    baidu: await company("baidu"),
    bytedance: await company("bytedance"),
    ascend910c: await chip("ascend-910c"),
    h20: await chip("h20"),
    source,
  };
}

describe("the claim index", () => {
  it("after the seed holds every company each claim is about, every stance pair (as lib/stance derives them) and every chip each claim names", async () => {
    const have = await expectInStep();
    expect(have.about.length).toBeGreaterThan(10);
    expect(have.stances.length).toBeGreaterThan(0);
    expect(have.chips.length).toBe(await t.db.claimChip.count());
  });

  it("follows a new claim, its links, a status, kind and date change, a chip moved to another vendor and a deletion", async () => {
    const x = await ids();
    const quote = x.source.text.slice(0, 20);
    const claim = await t.db.claim.create({
      data: {
        slug: "index-test-claim",
        kind: "adoption",
        subjectCompanyId: x.bytedance,
        sourceId: x.source.id,
        summary: "ByteDance adopts the Ascend 910C (index test).",
        quote,
        quoteStart: 0,
        quoteEnd: quote.length,
        claimDate: new Date("2025-05-01T00:00:00Z"),
        chips: { create: [{ chipId: x.ascend910c }] },
        companies: { create: [{ companyId: x.baidu, role: "customer" }] },
      },
    });
    let have = await expectInStep();
    const stanceOf = (rows: string[]) => rows.map((row) => JSON.parse(row) as Row).filter((row) => row.claimId === claim.id);
    const chipsOf = (rows: string[]) => stanceOf(rows).map((row) => [row.chipId, row.status, row.kind, row.claimDate]);
    expect(chipsOf(have.chips)).toEqual([[x.ascend910c, "published", "adoption", "2025-05-01T00:00:00.000Z"]]);
    // ByteDance and Baidu adopt Huawei's chip
    expect(stanceOf(have.stances).map((row) => [row.customerId, row.vendorId, row.stance]).sort()).toEqual(
      [
        [x.baidu, x.huawei, "adopted"],
        [x.bytedance, x.huawei, "adopted"],
      ].sort(),
    );

    // a second chip from another vendor, then a status and a kind change
    await t.db.claimChip.create({ data: { claimId: claim.id, chipId: x.h20 } });
    await t.db.claim.update({ where: { id: claim.id }, data: { status: "retracted", kind: "non_adoption" } });
    have = await expectInStep();
    expect(stanceOf(have.stances).every((row) => row.stance === "declined" && row.status === "retracted")).toBe(true);
    expect(stanceOf(have.stances).map((row) => row.vendorId)).toContain(x.nvidia);
    expect(chipsOf(have.chips).sort()).toEqual(
      [
        [x.ascend910c, "retracted", "non_adoption", "2025-05-01T00:00:00.000Z"],
        [x.h20, "retracted", "non_adoption", "2025-05-01T00:00:00.000Z"],
      ].sort(),
    );

    // the claim's date changed, then removed; a chip link pointed at another chip, and back
    await t.db.claim.update({ where: { id: claim.id }, data: { claimDate: new Date("2024-11-30T00:00:00Z") } });
    have = await expectInStep();
    expect(stanceOf(have.chips).every((row) => row.claimDate === "2024-11-30T00:00:00.000Z")).toBe(true);
    await t.db.claim.update({ where: { id: claim.id }, data: { claimDate: null } });
    await expectInStep();
    const other = await t.db.chip.findFirstOrThrow({ where: { id: { notIn: [x.ascend910c, x.h20] } }, select: { id: true } });
    await t.db.claimChip.update({ where: { claimId_chipId: { claimId: claim.id, chipId: x.h20 } }, data: { chipId: other.id } });
    have = await expectInStep();
    expect(stanceOf(have.chips).map((row) => row.chipId).sort()).toEqual([x.ascend910c, other.id].sort());
    await t.db.claimChip.update({ where: { claimId_chipId: { claimId: claim.id, chipId: other.id } }, data: { chipId: x.h20 } });
    await expectInStep();

    // a vendor named as a customer is not its own customer
    await t.db.claimCompany.create({ data: { claimId: claim.id, companyId: x.nvidia, role: "customer" } });
    have = await expectInStep();
    expect(stanceOf(have.stances).some((row) => row.customerId === x.nvidia)).toBe(false);

    // links removed, and a chip moved to another vendor
    await t.db.claimCompany.deleteMany({ where: { claimId: claim.id } });
    await t.db.claimChip.delete({ where: { claimId_chipId: { claimId: claim.id, chipId: x.h20 } } });
    await t.db.chip.update({ where: { id: x.ascend910c }, data: { vendorId: x.baidu } });
    have = await expectInStep();
    await t.db.chip.update({ where: { id: x.ascend910c }, data: { vendorId: x.huawei } });
    await expectInStep();

    // a claim that is not a stance has no stance row but is still about its companies
    await t.db.claim.update({ where: { id: claim.id }, data: { kind: "revenue" } });
    have = await expectInStep();
    expect(stanceOf(have.stances)).toEqual([]);

    await t.db.claim.delete({ where: { id: claim.id } });
    have = await expectInStep();
    expect(have.about.some((row) => row.includes(claim.id))).toBe(false);
    expect(have.chips.some((row) => row.includes(claim.id))).toBe(false);
  });
});
