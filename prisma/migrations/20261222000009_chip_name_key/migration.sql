-- Chip."nameKey": naturalSortKey(name) (lib/natural-key.ts), stored so that the chips table's default
-- order (by name) walks an index and stops at the page's end, instead of computing every chip's
-- natural key per request. Every Prisma write of a chip writes it with the name (lib/prisma-client.ts);
-- this migration fills it for the chips already there, with the same key computed in SQL (as
-- lib/queries/chip-table.ts computes it for the vendor and kind sorts).
ALTER TABLE "Chip" ADD COLUMN "nameKey" TEXT NOT NULL DEFAULT '';

WITH RECURSIVE
  "sort_text"("txt") AS (SELECT DISTINCT "name" FROM "Chip"),
  "walk"("txt", "rest", "p", "done") AS (
    SELECT "txt", lower("txt"), instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower("txt"), '1', '0'), '2', '0'), '3', '0'), '4', '0'), '5', '0'), '6', '0'), '7', '0'), '8', '0'), '9', '0'), '0'), CAST('' AS TEXT) FROM "sort_text"
    UNION ALL
    SELECT "txt", ltrim(substr("rest", "p"), '0123456789'), instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(ltrim(substr("rest", "p"), '0123456789'), '1', '0'), '2', '0'), '3', '0'), '4', '0'), '5', '0'), '6', '0'), '7', '0'), '8', '0'), '9', '0'), '0'),
      "done" || substr("rest", 1, "p" - 1) || '0' || substr(CAST(1000 + length(ltrim(substr(substr("rest", "p"), 1, length(substr("rest", "p")) - length(ltrim(substr("rest", "p"), '0123456789'))), '0')) AS TEXT), 2) || ltrim(substr(substr("rest", "p"), 1, length(substr("rest", "p")) - length(ltrim(substr("rest", "p"), '0123456789'))), '0')
    FROM "walk" WHERE "p" > 0
  ),
  "natural_key"("txt", "key") AS (SELECT "txt", "done" || "rest" FROM "walk" WHERE "p" = 0)
UPDATE "Chip" SET "nameKey" = (SELECT "key" FROM "natural_key" WHERE "txt" = "Chip"."name");

-- Byte order, as the table compares keys (SQLite's default collation is binary).
CREATE INDEX "Chip_nameKey_idx" ON "Chip"("nameKey", "slug");
