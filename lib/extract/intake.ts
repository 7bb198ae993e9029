// Article intake for `npm run ingest`: read a text file safely (size, binary, UTF-8, control
// characters), split off its optional front matter, and archive it as a Source, once. The
// database is passed in (the CLI's client, or a test's), and nothing here publishes anything.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { recordRevision } from "../revisions";

/** The largest file accepted, in bytes (checked before the file is read). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;
const MAX_TITLE_LENGTH = 300;

/** The front matter an article file may start with, between two `---` lines. */
export const FrontMatterSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, { error: "title is empty" })
    .max(MAX_TITLE_LENGTH, { error: `title has more than ${MAX_TITLE_LENGTH} characters` })
    .optional(),
  publisher: z.string().trim().min(1, { error: "publisher is empty" }).max(200).optional(),
  author: z.string().trim().min(1, { error: "author is empty" }).max(200).optional(),
  url: z
    .url({ protocol: /^https?$/, error: "url must be a web address starting with http:// or https://" })
    .max(2048)
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: "language must be a BCP 47 tag such as fr, en or zh-Hans" })
    .optional(),
  published: z.iso.date({ error: "published must be a date written YYYY-MM-DD" }).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export type Article = {
  file: string;
  /** the text as stored: line feeds only, front matter removed, no blank edges */
  text: string;
  contentHash: string;
  title: string;
  language: string;
  languageGuessed: boolean;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
};

export type ReadResult = { ok: true; article: Article } | { ok: false; error: string };

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Offset of the first byte that is not valid UTF-8 (the decoder says whether, this finds where). */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // smallest prefix that fails to decode; an incomplete sequence at a prefix's end is not a failure
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // the decoder fails on the byte that breaks a sequence; report where that sequence began
  for (let k = lo - 1; k >= Math.max(0, lo - 3) && bytes[k] >= 0x80; k--) {
    if (bytes[k] >= 0xc0) {
      const length = bytes[k] >= 0xf0 ? 4 : bytes[k] >= 0xe0 ? 3 : 2;
      return k + length > lo ? k : lo;
    }
  }
  return lo;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

const FRONT_MATTER_LINE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/** Splits `---` front matter off the text. */
export function parseFrontMatter(
  text: string,
): { ok: true; frontMatter: FrontMatter; body: string } | { ok: false; error: string } {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, frontMatter: {}, body: text };
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return { ok: false, error: "front matter is not closed: add a line with --- after its last field" };
  const block = text.slice(text.indexOf("\n") + 1, 3 + close.index + 1);
  const body = text.slice(3 + close.index + close[0].length);
  const fields: Record<string, string> = {};
  for (const [i, raw] of block.split("\n").entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = FRONT_MATTER_LINE.exec(line);
    if (!m) return { ok: false, error: `front matter line ${i + 2} is not "field: value": ${JSON.stringify(line.slice(0, 60))}` };
    const key = m[1];
    if (key in fields) return { ok: false, error: `front matter gives "${key}" twice` };
    let value = m[2].trim();
    if (/^(["']).*\1$/.test(value) && value.length >= 2) value = value.slice(1, -1);
    fields[key] = value;
  }
  const parsed = FrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    const allowed = Object.keys(FrontMatterSchema.shape).join(", ");
    const issues = parsed.error.issues.map((issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (allowed: ${allowed})`
        : issue.message,
    );
    return { ok: false, error: `front matter: ${issues.join("; ")}` };
  }
  return { ok: true, frontMatter: parsed.data, body };
}

const FRENCH = new Set(
  "le la les des du de et est une un pour que qui dans sur au aux avec pas ce cette il elle ils sont ont été par plus ses leur selon mais ou".split(" "),
);
const ENGLISH = new Set(
  "the of and to in is that for on with as are was by it this be from have has an at not which their its said but or".split(" "),
);

/** A simple guess: zh (or ja, ko) when CJK dominates, fr when French function words outnumber English ones, else en. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  const cjk = han + kana + hangul;
  if (cjk > 0 && cjk / (cjk + latin) > 0.3) {
    if (hangul > han + kana) return "ko";
    if (kana > cjk * 0.1) return "ja";
    return "zh";
  }
  let fr = 0;
  let en = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FRENCH.has(word)) fr++;
    if (ENGLISH.has(word)) en++;
  }
  return fr > en ? "fr" : "en";
}

function titleFrom(body: string): string {
  const line = body.split("\n").find((l) => l.trim() !== "")!.trim();
  if (line.length <= MAX_TITLE_LENGTH) return line;
  const cut = line.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_TITLE_LENGTH / 2))}…`;
}

// C0 controls except tab and line feed, DEL and the C1 controls (as the source form refuses them).
const CONTROL_CHARACTERS = /[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Reads one article file, or says clearly why it cannot be archived. Never reads more than MAX_ARTICLE_BYTES. */
export function readArticleFile(file: string): ReadResult {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, error: "not a regular file" };
    size = stat.size;
  } catch (error) {
    return { ok: false, error: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (size > MAX_ARTICLE_BYTES) {
    const limit = MAX_ARTICLE_BYTES.toLocaleString("en");
    return { ok: false, error: `too large: ${size.toLocaleString("en")} bytes, the limit is ${limit} (5 MB)` };
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) {
    return { ok: false, error: `binary file: it contains NUL bytes (first at byte ${bytes.indexOf(0)}), not text` };
  }
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: `not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)}); convert it first, e.g. iconv -f latin1 -t utf-8`,
    };
  }
  const normalised = decoded.replace(/\r\n?/g, "\n");
  const control = CONTROL_CHARACTERS.exec(normalised);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    const line = lineOf(normalised, control.index);
    return { ok: false, error: `contains a control character (U+${code} on line ${line}): not plain text` };
  }
  if (normalised.trim() === "") return { ok: false, error: "empty: the file has no text" };

  const split = parseFrontMatter(normalised);
  if (!split.ok) return split;
  const text = split.body.trim();
  if (text === "") return { ok: false, error: "empty: the file has front matter but no article text" };
  const fm = split.frontMatter;
  return {
    ok: true,
    article: {
      file,
      text,
      contentHash: sha256(text),
      title: fm.title ?? titleFrom(text),
      language: fm.language ?? guessLanguage(text),
      languageGuessed: fm.language === undefined,
      url: fm.url ?? null,
      publisher: fm.publisher ?? null,
      author: fm.author ?? null,
      publishedAt: fm.published ? new Date(`${fm.published}T00:00:00.000Z`) : null,
    },
  };
}

/** Whether a path is an article file by its name (.txt or .md). */
export function isArticleFileName(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** "Huawei’s Ascend 910B: Über-chip?" → "huaweis-ascend-910b-uber-chip"; "source" when nothing is left (a Chinese title). */
export function slugify(text: string, fallback = "source", maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return slug || fallback;
}

type Tx = Prisma.TransactionClient;
export type StoredSource = { id: string; slug: string; title: string; text: string };
export type StoreResult =
  | { status: "created"; source: StoredSource }
  | { status: "duplicate"; source: StoredSource; reason: "text" | "url" };

const storedSelect = { id: true, slug: true, title: true, text: true } as const;

async function findDuplicate(tx: Tx, article: Article): Promise<StoreResult | null> {
  const byText = await tx.source.findUnique({ where: { contentHash: article.contentHash }, select: storedSelect });
  if (byText) return { status: "duplicate", source: byText, reason: "text" };
  if (article.url) {
    const byUrl = await tx.source.findUnique({ where: { url: article.url }, select: storedSelect });
    if (byUrl) return { status: "duplicate", source: byUrl, reason: "url" };
  }
  return null;
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Archives the article as a Source with its "create" Revision, in one transaction; or, when the
 * same text (SHA-256) or the same URL is already archived, writes nothing and returns that source.
 */
export async function storeArticle(db: Db, article: Article, now = new Date()): Promise<StoreResult> {
  const write = () =>
    db.$transaction(async (tx): Promise<StoreResult> => {
      const duplicate = await findDuplicate(tx, article);
      if (duplicate) return duplicate;
      const created = await tx.source.create({
        data: {
          slug: await uniqueSlug(tx, slugify(article.title)),
          url: article.url,
          title: article.title,
          publisher: article.publisher,
          author: article.author,
          language: article.language,
          publishedAt: article.publishedAt,
          retrievedAt: now,
          text: article.text,
          contentHash: article.contentHash,
          notes: `Archived by npm run ingest from ${path.basename(article.file)}${
            article.languageGuessed ? "; language guessed from the text" : ""
          }.`,
        },
      });
      // the text itself is left out of the revision, as the source forms do: its hash identifies it
      const { text, ...snapshot } = created;
      await recordRevision(tx, {
        entityType: "Source",
        entityId: created.id,
        action: "create",
        userId: null,
        before: null,
        after: { ...snapshot, textLength: text.length },
      });
      return { status: "created", source: { id: created.id, slug: created.slug, title: created.title, text: created.text } };
    });
  try {
    return await write();
  } catch (error) {
    // another writer archived the same article between the check and the write: report it as a duplicate
    if ((error as { code?: string }).code === "P2002") {
      const duplicate = await db.$transaction((tx) => findDuplicate(tx, article));
      if (duplicate) return duplicate;
    }
    throw error;
  }
}
