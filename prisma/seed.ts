// Loads the seeded knowledge base. Idempotent: every record is upserted by its slug, and
// links are rewritten, so running it twice leaves one copy of everything.
import type { Db } from "../lib/prisma-client";
import { normalizeName } from "../lib/normalize";
import { locateQuote, prepareSources, seedData } from "./seed-data/load";
import type { SeedSpec } from "./seed-data/types";

function day(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}

function specValue(spec: SeedSpec) {
  return {
    valueNum: typeof spec.value === "number" ? spec.value : null,
    valueText: typeof spec.value === "string" ? spec.value : null,
    valueBool: typeof spec.value === "boolean" ? spec.value : null,
  };
}

export async function seed(db: Db) {
  const { companies, chips, claims, events } = seedData;
  const sources = prepareSources();
  const texts = new Map(sources.map((s) => [s.slug, s.text]));

  return db.$transaction(
    async (tx) => {
      const companyIds = new Map<string, string>();
      for (const c of companies) {
        const data = {
          name: c.name,
          nameZh: c.nameZh ?? null,
          country: c.country ?? null,
          website: c.website ?? null,
          description: c.description ?? null,
        };
        const row = await tx.company.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
        companyIds.set(c.slug, row.id);
        await tx.companyAlias.deleteMany({ where: { companyId: row.id } });
        const aliases = [...new Set([c.name, ...(c.nameZh ? [c.nameZh] : []), ...c.aliases])];
        await tx.companyAlias.createMany({
          data: aliases.map((alias) => ({ companyId: row.id, alias, normalized: normalizeName(alias) })),
        });
        await tx.companyRole.deleteMany({ where: { companyId: row.id } });
        await tx.companyRole.createMany({ data: c.roles.map((role) => ({ companyId: row.id, role })) });
      }
      const companyId = (slug: string, context: string) => {
        const id = companyIds.get(slug);
        if (!id) throw new Error(`${context}: unknown company "${slug}"`);
        return id;
      };

      const sourceIds = new Map<string, string>();
      for (const s of sources) {
        const data = {
          title: s.title,
          publisher: s.publisher ?? null,
          author: s.author ?? null,
          language: s.language,
          publishedAt: day(s.publishedAt),
          retrievedAt: day(s.retrievedAt)!,
          text: s.text,
          contentHash: s.contentHash,
          notes: s.notes ?? null,
        };
        const row = await tx.source.upsert({ where: { slug: s.slug }, create: { slug: s.slug, ...data }, update: data });
        sourceIds.set(s.slug, row.id);
      }

      const chipIds = new Map<string, string>();
      for (const c of chips) {
        const data = {
          vendorId: companyId(c.vendor, `chip ${c.slug}`),
          name: c.name,
          nameZh: c.nameZh ?? null,
          family: c.family ?? null,
          kind: c.kind,
          status: c.status ?? null,
          announcedOn: day(c.announcedOn),
          releasedOn: day(c.releasedOn),
          datePrecision: c.datePrecision ?? null,
          dateSourceName: c.dateSourceName ?? null,
          dateSourceUrl: c.dateSourceUrl ?? null,
          processNode: c.processNode ?? null,
          foundry: c.foundry ?? null,
          description: c.description ?? null,
        };
        const row = await tx.chip.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
        chipIds.set(c.slug, row.id);
        await tx.chipAlias.deleteMany({ where: { chipId: row.id } });
        const aliases = [...new Set([c.name, ...(c.nameZh ? [c.nameZh] : []), ...c.aliases])];
        await tx.chipAlias.createMany({
          data: aliases.map((alias) => ({ chipId: row.id, alias, normalized: normalizeName(alias) })),
        });
        await tx.chipSpec.deleteMany({ where: { chipId: row.id } });
        for (const spec of c.specs) {
          const at = spec.quote ? locateQuote(texts, spec.quote, `chip ${c.slug} spec ${spec.metric}`) : null;
          await tx.chipSpec.create({
            data: {
              chipId: row.id,
              metric: spec.metric,
              ...specValue(spec),
              unit: null,
              sourceName: spec.sourceName,
              sourceUrl: spec.sourceUrl ?? null,
              licence: spec.licence ?? null,
              note: spec.note ?? null,
              sourceId: spec.quote ? sourceIds.get(spec.quote.source)! : null,
              quote: spec.quote?.quote ?? null,
              quoteStart: at?.start ?? null,
              quoteEnd: at?.end ?? null,
            },
          });
        }
      }
      const chipId = (slug: string, context: string) => {
        const id = chipIds.get(slug);
        if (!id) throw new Error(`${context}: unknown chip "${slug}"`);
        return id;
      };

      for (const c of claims) {
        const at = locateQuote(texts, { source: c.source, quote: c.quote, occurrence: c.occurrence }, `claim ${c.slug}`);
        const data = {
          kind: c.kind,
          subjectCompanyId: companyId(c.subject, `claim ${c.slug}`),
          sourceId: sourceIds.get(c.source)!,
          summary: c.summary,
          quote: c.quote,
          quoteStart: at.start,
          quoteEnd: at.end,
          translation: c.translation ?? null,
          claimDate: day(c.claimDate),
          confidence: c.confidence,
          status: c.status,
          note: c.note ?? null,
        };
        const row = await tx.claim.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
        await tx.claimCompany.deleteMany({ where: { claimId: row.id } });
        await tx.claimCompany.createMany({
          data: (c.companies ?? []).map((link) => ({
            claimId: row.id,
            companyId: companyId(link.slug, `claim ${c.slug}`),
            role: link.role,
          })),
        });
        await tx.claimChip.deleteMany({ where: { claimId: row.id } });
        await tx.claimChip.createMany({
          data: (c.chips ?? []).map((slug) => ({ claimId: row.id, chipId: chipId(slug, `claim ${c.slug}`) })),
        });
      }

      for (const e of events) {
        const data = {
          date: day(e.date),
          effectiveDate: day(e.effectiveDate),
          datePrecision: e.datePrecision ?? null,
          dateSourceName: e.dateSourceName ?? null,
          dateSourceUrl: e.dateSourceUrl ?? null,
          jurisdiction: e.jurisdiction,
          authority: e.authority ?? null,
          action: e.action,
          title: e.title,
          description: e.description ?? null,
        };
        const row = await tx.exportControlEvent.upsert({
          where: { slug: e.slug },
          create: { slug: e.slug, ...data },
          update: data,
        });
        await tx.eventCompany.deleteMany({ where: { eventId: row.id } });
        await tx.eventCompany.createMany({
          data: e.companies.map((slug) => ({ eventId: row.id, companyId: companyId(slug, `event ${e.slug}`) })),
        });
        await tx.eventChip.deleteMany({ where: { eventId: row.id } });
        await tx.eventChip.createMany({
          data: e.chips.map((slug) => ({ eventId: row.id, chipId: chipId(slug, `event ${e.slug}`) })),
        });
        await tx.eventSource.deleteMany({ where: { eventId: row.id } });
        for (const q of e.quotes) {
          const at = locateQuote(texts, q, `event ${e.slug}`);
          await tx.eventSource.create({
            data: { eventId: row.id, sourceId: sourceIds.get(q.source)!, quote: q.quote, quoteStart: at.start, quoteEnd: at.end },
          });
        }
      }

      return {
        companies: companies.length,
        chips: chips.length,
        sources: sources.length,
        claims: claims.length,
        events: events.length,
      };
    },
    { timeout: 60_000 },
  );
}
