// The raw-SQL reads of the vendor, customer and chip pages against the Prisma reads they replace
// (kept here as the oracle): the same rows in the same order, on the seeded database plus fixture
// rows "fxr-…" that make ties (same claim date, undated claims), non-public claims, a company with no
// alias or role, and events with and without a date. Runs on SQLite, and on PostgreSQL with
// CHIPWATCH_TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
// The old Prisma read of a claim card (before claimCardsOfPage), kept as the oracle.
const claimCardSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  confidence: true,
  summary: true,
  quote: true,
  translation: true,
  claimDate: true,
  subject: { select: { slug: true, name: true } },
  chips: { select: { chip: { select: { slug: true, name: true } } }, orderBy: { chip: { name: "asc" } } },
  source: { select: { id: true, title: true, publisher: true, language: true, url: true } },
} satisfies Prisma.ClaimSelect;

function toClaimCardItem({ chips, ...claim }: Prisma.ClaimGetPayload<{ select: typeof claimCardSelect }>) {
  return { ...claim, chips: chips.map((link) => link.chip) };
}

let vendors: typeof import("@/lib/queries/vendors");
let companies: typeof import("@/lib/queries/companies");
let customers: typeof import("@/lib/queries/customers");
let chips: typeof import("@/lib/queries/chips");
let shared: typeof import("@/lib/queries/shared");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  vendors = await import("@/lib/queries/vendors");
  companies = await import("@/lib/queries/companies");
  customers = await import("@/lib/queries/customers");
  chips = await import("@/lib/queries/chips");
  shared = await import("@/lib/queries/shared");

  const huawei = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" }, include: { chips: true } });
  const source = await t.db.source.findFirstOrThrow({ select: { id: true, text: true } });
  const chip = huawei.chips[0];
  const day = new Date("2024-05-01T00:00:00.000Z");
  // ties: three claims on one day, two undated, one draft (not public), one retracted
  const fixtures: { slug: string; status: string; claimDate: Date | null }[] = [
    { slug: "fxr-same-a", status: "published", claimDate: day },
    { slug: "fxr-same-b", status: "published", claimDate: day },
    { slug: "fxr-same-c", status: "disputed", claimDate: day },
    { slug: "fxr-undated-a", status: "published", claimDate: null },
    { slug: "fxr-undated-b", status: "published", claimDate: null },
    { slug: "fxr-draft", status: "draft", claimDate: day },
    { slug: "fxr-retracted", status: "retracted", claimDate: null },
  ];
  for (const fixture of fixtures) {
    await t.db.claim.create({
      data: {
        slug: fixture.slug,
        kind: "adoption",
        status: fixture.status,
        claimDate: fixture.claimDate,
        subjectCompanyId: huawei.id,
        sourceId: source.id,
        summary: `Fixture ${fixture.slug}`,
        quote: source.text.slice(0, 20),
        quoteStart: 0,
        quoteEnd: 20,
        chips: { create: [{ chipId: chip.id }] },
      },
    });
  }
  // a company with no alias and no role, and events naming Huawei's chip: one undated, two on one day
  await t.db.company.create({ data: { slug: "fxr-bare", name: "Fxr Bare" } });
  for (const [index, date] of [null, day, day].entries()) {
    await t.db.exportControlEvent.create({
      data: {
        slug: `fxr-event-${index}`,
        title: `Fxr event ${index % 2}`,
        date,
        jurisdiction: "US",
        action: "entity_list_addition",
        status: "published",
        chips: { create: [{ chipId: chip.id }] },
      },
    });
  }
  // more events naming Huawei than its profile lists: some naming the company and the chip too
  for (let index = 0; index < 21; index++) {
    await t.db.exportControlEvent.create({
      data: {
        slug: `fxr-many-${index}`,
        title: `Fxr many ${index}`,
        date: new Date(Date.UTC(2020, 0, 1 + index)),
        jurisdiction: "CN",
        action: "entity_listing",
        status: index % 7 === 6 ? "draft" : "published",
        chips: { create: [{ chipId: chip.id }] },
        ...(index % 2 === 0 ? { companies: { create: [{ companyId: huawei.id }] } } : {}),
      },
    });
  }
});
afterAll(async () => {
  await t?.cleanup();
});

async function allCompanies() {
  return t.db.company.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
}

describe("the raw reads give what the Prisma reads gave", () => {
  it("getCompanyIdentity: names, aliases and roles by name, for every company (and null for none)", async () => {
    for (const { slug } of await allCompanies()) {
      const row = await t.db.company.findUniqueOrThrow({
        where: { slug },
        select: {
          id: true,
          slug: true,
          name: true,
          nameZh: true,
          country: true,
          website: true,
          description: true,
          aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
          roles: { select: { role: true }, orderBy: { role: "asc" } },
        },
      });
      expect(await companies.getCompanyIdentity(slug)).toEqual({
        id: row.id,
        slug: row.slug,
        name: row.name,
        nameZh: row.nameZh,
        aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name && alias !== row.nameZh),
        roles: row.roles.map((r) => r.role),
        country: row.country,
        website: row.website,
        description: row.description,
      });
    }
    expect(await companies.getCompanyIdentity("fxr-none")).toBeNull();
  });

  it("listVendorClaims: every page of every company's claims, in the explorer's order, ties included", async () => {
    for (const { id } of await allCompanies()) {
      for (const statuses of [undefined, ["published"] as const, ["draft", "retracted"] as const]) {
        for (const page of [1, 2, 3]) {
          const old = await t.db.claimAbout.findMany({
            where: { companyId: id, status: shared.claimStatusFilter(statuses) },
            orderBy: vendors.claimAboutOrder,
            ...shared.pageArgs({ page, pageSize: 4 }),
            select: { claim: { select: claimCardSelect } },
          });
          const fresh = await vendors.listVendorClaims(id, { page, pageSize: 4, statuses });
          expect(fresh).toEqual(old.map((row) => toClaimCardItem(row.claim)));
        }
      }
    }
  });

  it("listVendorEvents and countVendorEvents: published events naming the company or its chips, newest first, undated last", async () => {
    let named = 0;
    for (const { id } of await allCompanies()) {
      const old = await t.db.exportControlEvent.findMany({
        where: {
          status: shared.PUBLIC_EVENT_STATUS,
          OR: [{ companies: { some: { companyId: id } } }, { chips: { some: { chip: { vendorId: id } } } }],
        },
        orderBy: [{ date: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
        select: { id: true, slug: true, date: true, datePrecision: true, jurisdiction: true, authority: true, action: true, title: true },
      });
      named += old.length;
      expect(await vendors.listVendorEvents(id)).toEqual(old.slice(0, vendors.VENDOR_EVENTS_LIMIT));
      expect(await vendors.listVendorEvents(id, 2)).toEqual(old.slice(0, 2));
      expect(await vendors.countVendorEvents(id)).toBe(old.length);
    }
    expect(named).toBeGreaterThan(0);
    // Huawei's events outnumber the profile's list, which shows the latest of them
    const huawei = (await allCompanies()).find((company) => company.slug === "huawei")!;
    expect(await vendors.countVendorEvents(huawei.id)).toBeGreaterThan(vendors.VENDOR_EVENTS_LIMIT);
    expect(await vendors.listVendorEvents(huawei.id)).toHaveLength(vendors.VENDOR_EVENTS_LIMIT);
  });

  it("countVendorChips and listVendorChips: the vendor's chips by name, bounded", async () => {
    for (const { id } of await allCompanies()) {
      const old = await t.db.chip.findMany({ where: { vendorId: id }, orderBy: [{ name: "asc" }, { slug: "asc" }], select: { slug: true } });
      expect(await vendors.countVendorChips(id)).toBe(old.length);
      expect((await vendors.listVendorChips(id)).map((chip) => chip.slug)).toEqual(old.map((chip) => chip.slug));
      expect((await vendors.listVendorChips(id, 1)).map((chip) => chip.slug)).toEqual(old.slice(0, 1).map((chip) => chip.slug));
    }
  });

  it("listVendorCustomers: each customer's latest claim with its date and source", async () => {
    for (const { id } of await allCompanies()) {
      const { customers: listed } = await customers.listVendorCustomers(id);
      for (const customer of listed) {
        const claim = await t.db.claim.findUniqueOrThrow({
          where: { id: customer.latest.id },
          select: {
            id: true,
            slug: true,
            summary: true,
            claimDate: true,
            source: { select: { id: true, title: true, publisher: true, url: true, language: true } },
          },
        });
        expect(customer.latest).toEqual(claim);
      }
    }
  });

  it("listChipsBySlugs and getChipProfileBySlug: every chip as the Prisma read gave it", async () => {
    const eventWhere = { event: { status: shared.PUBLIC_EVENT_STATUS } };
    const specSelect = {
      metric: true,
      valueNum: true,
      valueText: true,
      valueBool: true,
      unit: true,
      sourceName: true,
      sourceUrl: true,
      licence: true,
      note: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      source: { select: { id: true, slug: true, title: true, url: true, language: true } },
    } as const;
    const all = await t.db.chip.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    for (const { slug } of all) {
      const row = await t.db.chip.findUniqueOrThrow({
        where: { slug },
        select: {
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
          vendor: { select: { slug: true, name: true } },
          aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
          specs: { select: specSelect, orderBy: { metric: "asc" } },
          eventLinks: {
            where: eventWhere,
            select: {
              event: {
                select: { id: true, slug: true, title: true, date: true, datePrecision: true, jurisdiction: true, action: true },
              },
            },
            orderBy: [{ event: { date: { sort: "asc", nulls: "last" } } }, { event: { title: "asc" } }, { event: { id: "asc" } }],
          },
          _count: { select: { eventLinks: { where: eventWhere } } },
        },
      });
      const specs = Object.fromEntries(
        row.specs.map((spec) => [
          spec.metric,
          {
            value: spec.valueNum ?? spec.valueText ?? spec.valueBool ?? null,
            unit: spec.unit,
            source: { name: spec.sourceName, url: spec.sourceUrl, licence: spec.licence },
            note: spec.note,
            ...(spec.quote && spec.source
              ? {
                  quote: {
                    text: spec.quote,
                    quoteStart: spec.quoteStart,
                    quoteEnd: spec.quoteEnd,
                    source: { id: spec.source.id, slug: spec.source.slug, title: spec.source.title, url: spec.source.url },
                  },
                }
              : {}),
          },
        ]),
      );
      const chip = {
        slug: row.slug,
        name: row.name,
        nameZh: row.nameZh,
        family: row.family,
        vendor: row.vendor,
        kind: row.kind,
        status: row.status,
        announcedOn: shared.iso(row.announcedOn),
        releasedOn: shared.iso(row.releasedOn),
        datePrecision: row.datePrecision,
        dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
        processNode: row.processNode,
        foundry: row.foundry,
        aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name && alias !== row.nameZh),
      };
      const profile = await chips.getChipProfileBySlug(slug);
      // the unit of a known metric comes from SPEC_METRICS: compared through the same toSpec on both sides
      expect({ ...profile, specs: undefined }).toEqual({
        ...chip,
        specs: undefined,
        description: row.description,
        quoteLanguages: Object.fromEntries(
          row.specs.flatMap((spec) => (spec.quote && spec.source ? [[spec.metric, spec.source.language]] : [])),
        ),
        events: row.eventLinks.map(({ event }) => ({ ...event, date: shared.iso(event.date) })),
        eventCount: row._count.eventLinks,
      });
      expect(Object.keys(profile!.specs)).toEqual(Object.keys(specs));
      for (const [metric, spec] of Object.entries(specs)) {
        expect({ ...profile!.specs[metric], unit: undefined }).toEqual({ ...spec, unit: undefined });
      }
      const [listed] = await chips.listChipsBySlugs([slug]);
      expect({ ...listed }).toEqual({ ...profile, description: undefined, quoteLanguages: undefined, events: undefined, eventCount: undefined });
    }
    expect(await chips.getChipProfileBySlug("fxr-none")).toBeNull();
    const slugs = all.slice(0, 3).map((chip) => chip.slug);
    const listed = await chips.listChipsBySlugs([slugs[2], "fxr-none", slugs[0], slugs[2]]);
    expect(listed.map((chip) => chip.slug)).toEqual([slugs[2], slugs[0], slugs[2]]);
  });

  const stanceSelect = {
    id: true,
    kind: true,
    claimDate: true,
    createdAt: true,
    slug: true,
    summary: true,
    subject: { select: { slug: true } },
    companies: { select: { role: true, company: { select: { slug: true } } }, orderBy: [{ claimId: "asc" }, { companyId: "asc" }] },
    chips: {
      select: { chip: { select: { slug: true, name: true, vendor: { select: { slug: true } } } } },
      orderBy: [{ claimId: "asc" }, { chipId: "asc" }],
    },
    source: { select: { id: true, title: true, publisher: true, url: true, language: true } },
  } satisfies Prisma.ClaimSelect;
  type StanceRow = Prisma.ClaimGetPayload<{ select: typeof stanceSelect }>;
  const adoptionClaim = (row: StanceRow) => ({
    id: row.id,
    kind: row.kind,
    claimDate: row.claimDate,
    createdAt: row.createdAt,
    subject: row.subject,
    companies: row.companies.map((link) => ({ slug: link.company.slug, role: link.role })),
    chips: row.chips.map((link) => ({ slug: link.chip.slug, vendorSlug: link.chip.vendor.slug })),
  });
  const claimOrder = (): Prisma.ClaimOrderByWithRelationInput[] => [
    { claimDate: shared.DESC_NULLS_LAST },
    { createdAt: "desc" },
    { id: "asc" },
  ];

  it("listStanceClaims: the stance claims, newest first, with subject, companies and chips", async () => {
    for (const statuses of [undefined, ["draft"] as const, ["published", "disputed", "retracted"] as const]) {
      const old = await t.db.claim.findMany({
        where: { status: shared.claimStatusFilter(statuses), kind: { in: [...customers.STANCE_CLAIM_KINDS] } },
        orderBy: claimOrder(),
        take: customers.STANCE_CLAIMS_LIMIT,
        select: stanceSelect,
      });
      expect(await customers.listStanceClaims({ statuses })).toEqual(old.map(adoptionClaim));
    }
  });

  it("listStanceClaimDetails and listCompanyClaims: a company's claims as the Prisma reads gave them", async () => {
    for (const { id, slug } of await allCompanies()) {
      const ids = (
        await t.db.claimAbout.findMany({
          where: {
            companyId: id,
            named: true,
            kind: { in: [...customers.STANCE_CLAIM_KINDS] },
            status: shared.claimStatusFilter(),
          },
          orderBy: vendors.claimAboutOrder,
          select: { claimId: true },
        })
      ).map((row) => row.claimId);
      const rows = await t.db.claim.findMany({ where: { id: { in: ids } }, select: stanceSelect });
      const old = shared.inIdOrder(ids, rows).map((row) => ({
        ...adoptionClaim(row),
        slug: row.slug,
        summary: row.summary,
        chipNames: Object.fromEntries(row.chips.map((link) => [link.chip.slug, link.chip.name])),
        source: row.source,
      }));
      expect(await customers.listStanceClaimDetails({ company: slug })).toEqual(old);

      for (const page of [1, 2, 3]) {
        const claims = await t.db.claim.findMany({
          where: {
            status: shared.claimStatusFilter(),
            OR: [{ subjectCompanyId: id }, { companies: { some: { companyId: id } } }],
          },
          orderBy: claimOrder(),
          ...shared.pageArgs({ page, pageSize: 4 }),
          select: claimCardSelect,
        });
        expect(await customers.listCompanyClaims(slug, { page, pageSize: 4 })).toEqual(claims.map(toClaimCardItem));
      }
    }
    expect(await customers.listStanceClaimDetails({ company: "fxr-none" })).toEqual([]);
    expect(await customers.listCompanyClaims("fxr-none")).toEqual([]);
  });

  it("listVendors and countVendors: chip vendors by name with their chip and capped claim counts", async () => {
    const where = { roles: { some: { role: vendors.VENDOR_ROLE } } };
    expect(await vendors.countVendors()).toBe(await t.db.company.count({ where }));
    for (const statuses of [undefined, ["draft"] as const, [] as const]) {
      for (const page of [1, 2, 3]) {
        const rows = await t.db.company.findMany({
          where,
          orderBy: [{ name: "asc" }, { slug: "asc" }],
          ...shared.pageArgs({ page, pageSize: 3 }),
          select: { id: true, slug: true, name: true, nameZh: true, country: true, _count: { select: { chips: true } } },
        });
        const old = [];
        for (const row of rows) {
          const claims = await t.db.claim.count({
            where: { status: shared.claimStatusFilter(statuses), chips: { some: { chip: { vendorId: row.id } } } },
          });
          old.push({
            slug: row.slug,
            name: row.name,
            nameZh: row.nameZh,
            country: row.country,
            chipCount: row._count.chips,
            chipClaimCount: statuses?.length === 0 ? 0 : claims,
          });
        }
        expect(await vendors.listVendors({ page, pageSize: 3, statuses })).toEqual(old);
      }
    }
  });
});
