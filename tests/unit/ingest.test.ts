// `npm run ingest` end to end, against a throwaway migrated and seeded database (the seed gives the
// alias table): the script's main() in-process for most cases, and once as a real process.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { CLAIM_KINDS } from "@/lib/constants";
import { MAX_ARTICLE_BYTES, parseFrontMatter, guessLanguage, readArticleFile, sha256 } from "@/lib/extract/intake";
import { main, type Io } from "@/scripts/ingest";
import { createTestDb, type TestDb } from "../setup/test-db";

const FIXTURES = path.resolve("tests/fixtures/ingest");
const EN_ARTICLE = path.join(FIXTURES, "nvidia-h20-export-licence.md");
const FR_ARTICLE = path.join(FIXTURES, "huawei-ascend-fr.txt");

// The JSON line of one file, as the issue specifies it (strict: nothing else in its parts).
const MentionLine = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  entity: z.strictObject({ type: z.enum(["company", "chip"]), slug: z.string().min(1) }).nullable(),
});
const ClaimLine = z.strictObject({
  kind: z.enum(CLAIM_KINDS),
  company: z.string().nullable(),
  chips: z.array(z.string()),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
const EventLine = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/).nullable(),
  jurisdiction: z.enum(["US", "CN", "other"]).nullable(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
const FileLine = z.strictObject({
  file: z.string(),
  source: z.strictObject({ id: z.string(), slug: z.string(), title: z.string() }),
  skipped: z.literal("duplicate").optional(),
  duplicateOf: z.string().optional(),
  mentions: z.array(MentionLine),
  claims: z.array(ClaimLine),
  events: z.array(EventLine),
});
const ErrorLine = z.strictObject({ file: z.string(), error: z.string().min(1) });

let testDb: TestDb;
let workDir: string;
const seededSources = 5;

beforeAll(async () => {
  testDb = await createTestDb({ seeded: true });
});
afterAll(async () => {
  await testDb.cleanup();
});
beforeEach(async () => {
  // each test starts from the seed: sources added by an earlier test are removed
  await testDb.db.revision.deleteMany({ where: { entityType: "Source" } });
  await testDb.db.source.deleteMany({ where: { claims: { none: {} }, eventLinks: { none: {} }, specs: { none: {} } } });
  workDir = mkdtempSync(path.join(tmpdir(), "chipwatch-ingest-"));
  return () => rmSync(workDir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTty: false };
  const code = await main(args, io, { DATABASE_URL: testDb.url });
  return { code, stdout, stderr };
}

const jsonLines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as unknown);
const sourceCount = () => testDb.db.source.count();

describe("npm run ingest", () => {
  it("archives a new file with its front matter, and prints one JSON line of suggestions that fit the schema", async () => {
    const claimsBefore = await testDb.db.claim.count();
    const { code, stdout, stderr } = await run(EN_ARTICLE, "--json");
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(1);
    const line = FileLine.parse(lines[0]);

    const source = await testDb.db.source.findUniqueOrThrow({ where: { id: line.source.id } });
    // the front matter's title wins over the first line of the text
    expect(source.title).toBe("US revokes H20 export licences; Beijing tells buyers to wait");
    expect(line.source.title).toBe(source.title);
    expect(source.text.startsWith("Chip headline that is not the title\n\nWashington said")).toBe(true);
    expect(source).toMatchObject({
      slug: "us-revokes-h20-export-licences-beijing-tells-buyers-to-wait",
      url: "https://example.org/news/h20-licences",
      publisher: "Example Wire",
      language: "en",
      contentHash: sha256(source.text),
    });
    expect(source.publishedAt?.toISOString()).toBe("2025-05-14T00:00:00.000Z");

    // every offset points into the archived text
    for (const m of line.mentions) expect(source.text.slice(m.start, m.end)).toBe(m.text);
    for (const c of [...line.claims, ...line.events]) expect(source.text.slice(c.start, c.end)).toBe(c.quote);
    expect(line.mentions).toContainEqual(expect.objectContaining({ text: "Kunlun P900", entity: null }));
    expect(line.mentions).toContainEqual(expect.objectContaining({ text: "Ascend 910C", entity: { type: "chip", slug: "ascend-910c" } }));
    expect(line.claims).toContainEqual(expect.objectContaining({ kind: "order", company: "bytedance", chips: ["ascend-910c"] }));
    expect(line.events).toContainEqual(expect.objectContaining({ date: "2025-05-13", jurisdiction: "US" }));
    expect(line.events).toContainEqual(expect.objectContaining({ date: "2025-08", jurisdiction: "CN" }));

    // one revision, by no user; nothing published: no claim was created
    const revisions = await testDb.db.revision.findMany({ where: { entityType: "Source", entityId: source.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", userId: null, before: null });
    expect(JSON.parse(revisions[0].after!)).toMatchObject({ slug: source.slug, contentHash: source.contentHash, textLength: source.text.length });
    expect(await testDb.db.claim.count()).toBe(claimsBefore);
    expect(stderr).toContain("[####################] 1/1 done");
  });

  it("skips a file already archived, with no second source, and still gives its suggestions", async () => {
    await run(EN_ARTICLE, "--json");
    const before = await sourceCount();
    const { code, stdout } = await run(EN_ARTICLE, "--json");
    expect(code).toBe(0);
    const line = FileLine.parse(jsonLines(stdout)[0]);
    expect(line).toMatchObject({ skipped: "duplicate", duplicateOf: "us-revokes-h20-export-licences-beijing-tells-buyers-to-wait" });
    expect(line.claims.length).toBeGreaterThan(0);
    expect(await sourceCount()).toBe(before);

    // the same URL with other text is the same article too
    const sameUrl = path.join(workDir, "same-url.md");
    writeFileSync(sameUrl, "---\nurl: https://example.org/news/h20-licences\n---\nAn updated version of the story.\n");
    const human = await run(sameUrl);
    expect(human.stdout).toContain("skipped (duplicate of us-revokes-h20-export-licences-beijing-tells-buyers-to-wait: same URL)");
    expect(await sourceCount()).toBe(before);
  });

  it("reads a folder's .txt and .md files in order; a plain text's title is its first line and its language is guessed", async () => {
    copyFileSync(FR_ARTICLE, path.join(workDir, "b-huawei.txt"));
    copyFileSync(EN_ARTICLE, path.join(workDir, "a-nvidia.md"));
    writeFileSync(path.join(workDir, "notes.pdf"), "not an article");
    mkdirSync(path.join(workDir, "sub"));
    writeFileSync(path.join(workDir, "sub", "nested.txt"), "Not read: folders are read one level deep.");
    const { code, stdout } = await run(workDir, "--json");
    expect(code).toBe(0);
    const lines = jsonLines(stdout).map((l) => FileLine.parse(l));
    expect(lines.map((l) => path.basename(l.file))).toEqual(["a-nvidia.md", "b-huawei.txt"]);
    const french = await testDb.db.source.findUniqueOrThrow({ where: { id: lines[1].source.id } });
    expect(french).toMatchObject({ title: "Les clients d'Huawei testent l'Ascend 910C", language: "fr", url: null });
    expect(await sourceCount()).toBe(seededSources + 2);
  });

  it("prints readable suggestions by default, and keeps the progress bar off standard output", async () => {
    const { code, stdout, stderr } = await run(FR_ARTICLE);
    expect(code).toBe(0);
    expect(stdout).toContain("archived as source les-clients-dhuawei-testent-lascend-910c");
    expect(stdout).toMatch(/Candidate claims: \d+/);
    expect(stdout).toContain("[testing] tencent · chips ascend-910c");
    expect(stdout).toContain("2023-10 (“octobre 2023”)");
    expect(stdout).not.toContain("[#");
    expect(stderr).toContain("1/1 done");
  });

  it("refuses empty, binary, non-UTF-8, oversized and badly fronted files with a clear error, stores none of them, and goes on", async () => {
    const files: Record<string, string | Buffer> = {
      "1-empty.txt": "",
      "2-blank.txt": "  \n\t\n  ",
      "3-binary.txt": Buffer.from([0x48, 0x75, 0x61, 0x00, 0x01, 0x02, 0xff]),
      "4-latin1.txt": Buffer.from("Huawei a présenté une puce.", "latin1"),
      "5-bad-front-matter.md": "---\ntitle: A title\nlanguage: French!\nurl: ftp://example.org/x\n---\nHuawei teste.\n",
      "6-unknown-field.md": "---\ntitel: typo\n---\nHuawei teste.\n",
      "7-good.txt": "Baidu teste sa puce Kunlun P800.\n",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(workDir, name), content);
    writeFileSync(path.join(workDir, "8-too-big.txt"), Buffer.alloc(MAX_ARTICLE_BYTES + 1, "a"));

    const { code, stdout, stderr } = await run(workDir, "--json");
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(8);
    const errors = Object.fromEntries(
      lines.filter((l) => ErrorLine.safeParse(l).success).map((l) => [path.basename((l as { file: string }).file), (l as { error: string }).error]),
    );
    expect(errors["1-empty.txt"]).toBe("empty: the file has no text");
    expect(errors["2-blank.txt"]).toBe("empty: the file has no text");
    expect(errors["3-binary.txt"]).toMatch(/^binary file: it contains NUL bytes \(first at byte 3\)/);
    expect(errors["4-latin1.txt"]).toMatch(/^not valid UTF-8 \(first bad byte at offset 11\)/);
    expect(errors["5-bad-front-matter.md"]).toContain("language must be a BCP 47 tag");
    expect(errors["5-bad-front-matter.md"]).toContain("url must be a web address starting with http:// or https://");
    expect(errors["6-unknown-field.md"]).toContain('unknown field "titel"');
    expect(errors["8-too-big.txt"]).toBe("too large: 5,242,881 bytes, the limit is 5,242,880 (5 MB)");
    expect(Object.keys(errors)).toHaveLength(7);
    // the good file among them is archived; nothing of the others is
    expect(FileLine.parse(lines[6])).toMatchObject({ source: { title: "Baidu teste sa puce Kunlun P800." } });
    expect(await sourceCount()).toBe(seededSources + 1);
    expect(stderr).toContain("✗ ");
    expect(stderr).toContain("ingest: 7 files not archived");
  });

  it("says what is wrong with the command line or the database, and changes nothing", async () => {
    expect((await run()).code).toBe(2);
    const missing = await run(path.join(workDir, "nope.txt"), "--json");
    expect(missing.code).toBe(1);
    expect(jsonLines(missing.stdout)).toEqual([{ file: path.join(workDir, "nope.txt"), error: "no such file or folder" }]);

    let stderr = "";
    const io: Io = { stdout: () => {}, stderr: (t) => void (stderr += t), stderrIsTty: false };
    const noDb = path.join(workDir, "absent.db");
    expect(await main([FR_ARTICLE], io, { DATABASE_URL: `file:${noDb}` })).toBe(2);
    expect(stderr).toContain("npm run db:migrate");
    expect(readArticleFile(noDb)).toMatchObject({ ok: false });
  });

  it("runs as a command: stdout holds only the JSON lines", async () => {
    const { stdout, stderr } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["scripts/ingest.ts", "--json", FR_ARTICLE], {
      env: { ...process.env, DATABASE_URL: testDb.url },
    });
    const [line] = jsonLines(stdout);
    expect(FileLine.parse(line).source.title).toBe("Les clients d'Huawei testent l'Ascend 910C");
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("1/1 done");
  });
});

describe("intake helpers", () => {
  it("parses front matter, quoted values included, and leaves a text without it alone", () => {
    const parsed = parseFrontMatter('---\ntitle: "Quoted: title"\npublished: 2025-05-13\n---\nBody\n');
    expect(parsed).toEqual({ ok: true, frontMatter: { title: "Quoted: title", published: "2025-05-13" }, body: "Body\n" });
    expect(parseFrontMatter("No front matter\n---\n")).toEqual({ ok: true, frontMatter: {}, body: "No front matter\n---\n" });
    expect(parseFrontMatter("---\ntitle: x\n")).toMatchObject({ ok: false, error: expect.stringContaining("not closed") });
    expect(parseFrontMatter("---\npublished: 13/05/2025\n---\nx")).toMatchObject({ ok: false, error: expect.stringContaining("YYYY-MM-DD") });
  });

  it("guesses the language from the words", () => {
    expect(guessLanguage("Les clients de Huawei testent la puce dans les centres de données.")).toBe("fr");
    expect(guessLanguage("The customers of Huawei are testing the chip in their data centres.")).toBe("en");
    expect(guessLanguage("华为发布了新的昇腾芯片，百度正在测试。")).toBe("zh");
  });
});
