// Deterministic randomness for the synthetic landscape: one seeded generator (sfc32, seeded
// through splitmix32) so the same seed gives the same database, byte for byte.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A value drawn by weight, e.g. `weighted([["published", 85], ["draft", 7]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A child generator: its own stream, derived from this one, so phases do not shift each other. */
  fork(label: number): Rng {
    return new Rng((Math.floor(this.next() * 4294967296) ^ Math.imul(label + 1, 0x27d4eb2d)) >>> 0);
  }
}

/**
 * Zipf-like popularity over `n` ranked items: rank k has weight 1 / (k + 1)^s. The first items
 * are drawn far more often than the tail, as the real landscape's Huawei and Cambricon are.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1.05) {
    if (n < 1) throw new Error("Zipf needs at least one item");
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k++) this.cumulative[k] /= total;
  }

  /** A rank in [0, n). */
  sample(rng: Rng): number {
    const r = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
