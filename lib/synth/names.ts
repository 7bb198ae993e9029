// Made-up names for the synthetic landscape: built from syllables so they read aloud, and
// matched to made-up Chinese characters, so nobody mistakes them for real organisations or chips.
import type { Rng } from "./random";

/** Syllables and the character that stands for each in a made-up Chinese name (same index). */
const SYLLABLES = [
  "ka", "lo", "ven", "tar", "mi", "zu", "rel", "qo", "dan", "shi", "lun", "vor", "ne", "xi", "pa", "ro",
  "tem", "sa", "yun", "bo", "ki", "dra", "fen", "go", "hal", "jin", "mar", "nor", "os", "ple", "quin",
  "ris", "sol", "tov", "ur", "vel", "wen", "yar", "zen", "bri", "cor", "del", "ema", "fal", "gri", "hon",
] as const;
const SYLLABLES_ZH = [
  "卡", "洛", "文", "塔", "米", "祖", "瑞", "启", "丹", "石", "伦", "沃", "尼", "希", "帕", "罗",
  "天", "萨", "云", "博", "基", "德", "芬", "高", "海", "金", "马", "诺", "欧", "普", "昆",
  "锐", "索", "拓", "宇", "维", "温", "雅", "真", "布", "科", "岱", "艾", "法", "格", "鸿",
] as const;

export type Word = { latin: string; zh: string };

/** A pronounceable made-up word of `min`–`max` syllables, with its made-up Chinese rendering. */
export function word(rng: Rng, min = 2, max = 3): Word {
  const count = rng.int(min, max);
  let latin = "";
  let zh = "";
  for (let i = 0; i < count; i++) {
    const k = rng.int(0, SYLLABLES.length - 1);
    latin += SYLLABLES[k];
    zh += SYLLABLES_ZH[k];
  }
  return { latin: latin[0].toUpperCase() + latin.slice(1), zh };
}

/** Words never handed out twice: brands, families and publishers must stay distinguishable. */
export class UniqueWords {
  private readonly used = new Set<string>();

  next(rng: Rng, min = 2, max = 3): Word {
    for (let attempt = 0; ; attempt++) {
      const w = word(rng, min, attempt > 20 ? max + 1 : max);
      if (!this.used.has(w.latin)) {
        this.used.add(w.latin);
        return w;
      }
    }
  }
}

const GIVEN = ["Mira", "Tomas", "Lena", "Arun", "Yara", "Felix", "Ines", "Kenji", "Sana", "Odile", "Ravi", "Elsa", "Marco", "Nadia", "Hugo", "Wen"];

/** A made-up byline, e.g. "Lena Zenmar". */
export function personName(rng: Rng): string {
  return `${rng.pick(GIVEN)} ${word(rng, 2, 2).latin}`;
}

/** Lower-case, dash-separated, ASCII only: the slug shape the app accepts. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
