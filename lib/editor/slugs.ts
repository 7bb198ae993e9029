import "server-only";

// Slugs for records entered by editors: kebab-case ASCII from a title or name, made unique.

/** "Huawei’s Ascend 910B: Über-chip?" → "huaweis-ascend-910b-uber-chip"; `fallback` when nothing is left (a title in Chinese). */
export function slugify(text: string, fallback: string, maxLength = 80): string {
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

/** The first words of a text, slugified: a claim's slug from its summary. */
export function slugFromWords(text: string, fallback: string, words = 8): string {
  return slugify(text.split(/\s+/).slice(0, words).join(" "), fallback, 60);
}

/**
 * `base`, or `base-2`, `base-3`… whichever is free. `taken` lists the slugs already used that start
 * with `base` (one query, however many there are).
 */
export async function uniqueSlug(base: string, taken: (prefix: string) => Promise<string[]>): Promise<string> {
  const used = new Set(await taken(base));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
