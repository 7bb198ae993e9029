import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { bumpVersion, recordRevision, VersionConflictError } from "@/lib/revisions";
import type { FieldErrorMap, SourceForm, SourceMetadataForm, SourceFormValues } from "@/lib/validation/source-form";
import { slugify, uniqueSlug } from "./slugs";
import { TRANSACTION_OPTIONS } from "./transaction";

// Writing sources (archived articles). Each function runs in one transaction: it checks, then
// writes the source and its Revision, or writes nothing and says why. The server actions in
// lib/actions/sources.ts are thin wrappers (guard → parse → these → revalidate → redirect).

type Tx = Prisma.TransactionClient;
export type Editor = { id: string };

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const snapshotSelect = {
  slug: true,
  url: true,
  title: true,
  publisher: true,
  author: true,
  language: true,
  publishedAt: true,
  retrievedAt: true,
  notes: true,
  contentHash: true,
  text: true,
} satisfies Prisma.SourceSelect;

type SnapshotRow = Prisma.SourceGetPayload<{ select: typeof snapshotSelect }>;

/**
 * A source as its revisions record it. The text itself is left out: it never changes once
 * archived (claims' offsets point into it), it is identified by its SHA-256 hash, and copying up
 * to 2 MB into every revision would only repeat it.
 */
export function sourceSnapshot({ text, ...row }: SnapshotRow) {
  return { ...row, textLength: text.length };
}

export type SourceWriteResult =
  | { ok: true; source: { id: string; slug: string } }
  | {
      ok: false;
      message: string;
      errors?: FieldErrorMap;
      existing?: { id: string; title: string; reason: "url" | "text" };
      conflict?: { version: number; values: SourceFormValues };
    };

async function findDuplicate(tx: Tx, url: string | null, hash: string | null, exceptId?: string) {
  if (url) {
    const byUrl = await tx.source.findFirst({
      where: { url, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true, title: true },
    });
    if (byUrl) {
      return {
        ok: false as const,
        message: `This article is already archived: “${byUrl.title}”. Nothing was saved.`,
        errors: { url: [`This web address is already archived as “${byUrl.title}”`] },
        existing: { ...byUrl, reason: "url" as const },
      };
    }
  }
  if (hash) {
    const byText = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
    if (byText) {
      return {
        ok: false as const,
        message: `This text is already archived: “${byText.title}”. Nothing was saved.`,
        errors: { text: [`This exact text is already archived as “${byText.title}”`] },
        existing: { ...byText, reason: "text" as const },
      };
    }
  }
  return null;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Archives a new article, unless its address or its exact text is already archived. */
export async function createSource(db: Db, editor: Editor, form: SourceForm, now = new Date()): Promise<SourceWriteResult> {
  const hash = contentHash(form.text);
  const write = () =>
    db.$transaction(async (tx): Promise<SourceWriteResult> => {
      const duplicate = await findDuplicate(tx, form.url, hash);
      if (duplicate) return duplicate;
      const base = slugify(form.title, "source");
      const slug = await uniqueSlug(base, async (prefix) =>
        (await tx.source.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map((s) => s.slug),
      );
      const created = await tx.source.create({
        data: {
          slug,
          url: form.url,
          title: form.title,
          publisher: form.publisher,
          author: form.author,
          language: form.language,
          publishedAt: form.publishedOn,
          retrievedAt: now,
          text: form.text,
          contentHash: hash,
          notes: form.notes,
        },
        select: { id: true, ...snapshotSelect },
      });
      await recordRevision(tx, {
        entityType: "Source",
        entityId: created.id,
        action: "create",
        userId: editor.id,
        before: null,
        after: sourceSnapshot(created),
      });
      return { ok: true, source: { id: created.id, slug: created.slug } };
    }, TRANSACTION_OPTIONS);
  try {
    return await write();
  } catch (error) {
    // Another editor archived the same article between our check and our write.
    if (isUniqueViolation(error)) {
      const duplicate = await db.$transaction((tx) => findDuplicate(tx, form.url, hash));
      if (duplicate) return duplicate;
    }
    throw error;
  }
}

/** The form's values for a source as it is now (its edit form, or what a conflict shows). */
export async function readSourceFormValues(db: Db | Tx, id: string): Promise<{ version: number; values: SourceFormValues } | null> {
  const row = await db.source.findUnique({
    where: { id },
    select: { url: true, title: true, publisher: true, author: true, language: true, publishedAt: true, notes: true, version: true },
  });
  if (!row) return null;
  return {
    version: row.version,
    values: {
      url: row.url ?? "",
      title: row.title,
      publisher: row.publisher ?? "",
      author: row.author ?? "",
      language: row.language,
      publishedOn: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : "",
      notes: row.notes ?? "",
      version: String(row.version),
    },
  };
}

/** Changes a source's details (never its text), if nobody saved it since the editor opened it. */
export async function updateSource(db: Db, editor: Editor, id: string, form: SourceMetadataForm): Promise<SourceWriteResult> {
  try {
    return await db.$transaction(async (tx): Promise<SourceWriteResult> => {
      const before = await tx.source.findUnique({ where: { id }, select: { ...snapshotSelect, version: true } });
      if (!before) return { ok: false, message: "This source no longer exists." };
      if (before.version !== form.version) throw new VersionConflictError("Source", id, form.version, before.version);
      const duplicate = await findDuplicate(tx, form.url, null, id);
      if (duplicate) return { ...duplicate, existing: undefined, message: "Another source has this web address. Nothing was saved." };

      await bumpVersion(
        (args) => tx.source.updateMany(args),
        () => tx.source.findUnique({ where: { id }, select: { version: true } }),
        "Source",
        id,
        form.version,
      );
      const after = await tx.source.update({
        where: { id },
        data: {
          url: form.url,
          title: form.title,
          publisher: form.publisher,
          author: form.author,
          language: form.language,
          publishedAt: form.publishedOn,
          notes: form.notes,
        },
        select: { id: true, ...snapshotSelect },
      });
      await recordRevision(tx, {
        entityType: "Source",
        entityId: id,
        action: "update",
        userId: editor.id,
        before: sourceSnapshot(before),
        after: sourceSnapshot(after),
      });
      return { ok: true, source: { id: after.id, slug: after.slug } };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const current = await readSourceFormValues(db, id);
      if (!current) return { ok: false, message: "This source no longer exists." };
      return { ok: false, message: error.message.replace("this Source", "this source"), conflict: current };
    }
    if (isUniqueViolation(error)) {
      return { ok: false, message: "Another source has this web address. Nothing was saved.", errors: { url: ["Another source has this web address"] } };
    }
    throw error;
  }
}
