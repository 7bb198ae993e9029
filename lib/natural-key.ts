// The natural sort key of a text, for the chip table's order. No imports: lib/prisma-client.ts
// stores each chip's key (Chip.nameKey) with it, and scripts load that file without path aliases.

/**
 * The key a text sorts by in the chip table (names, vendor names, kind labels): ASCII letters
 * folded to lower case, and every run of digits written as "0", its length without leading zeros
 * in three digits, then those digits, so that numbers compare by value ("H20" before "H100").
 * Keys compare by code point (compareCodePoints).
 *
 * Stored for chips' names (Chip.nameKey, written by lib/prisma-client.ts and filled for older rows
 * by migration *_chip_name_key); computed in SQL for vendor names and kind labels
 * (lib/queries/chip-table.ts). The table sorts in SQL, and this key is one SQLite and PostgreSQL
 * both compute exactly. It stands for the Intl.Collator("en", { sensitivity: "base", numeric: true })
 * the table once sorted with in memory, which neither database can reproduce: for the seeded and
 * the synthetic chips and vendors both give the same order. Unlike the collator, it does not fold
 * accents or the case of non-ASCII letters ("Éclair" sorts after "Zhenwu") and orders punctuation
 * by code point.
 */
export function naturalSortKey(text: string): string {
  return text
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(/[0-9]+/g, (run) => {
      const digits = run.replace(/^0+/, "");
      return `0${String(1000 + digits.length).slice(1)}${digits}`;
    });
}
