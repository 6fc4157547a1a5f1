/**
 * Row fingerprints for disclosure control. Every row of every table gets two pseudo-random
 * 20-bit numbers, fixed by (year, table, row); a published count then also carries the sums of
 * its rows' numbers. Two counts over the same rows have the same sums, and a count over the
 * union of other counts' rows has their sums added, so disclosure control can find every
 * published figure that shares people with a suppressed one, across indicators. The sums are
 * never published.
 */

/** The two sums of a set of rows' numbers; exact (below 2^53) for up to 2^33 rows. */
export type Fingerprint = readonly [number, number];

export const FINGERPRINT_COLUMNS = ['_h1', '_h2'] as const;

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The two numbers of each of `count` rows of one table, e.g. `2024:roster`. */
export function rowNumbers(table: string, count: number): { _h1: Float64Array; _h2: Float64Array } {
  const seed = seedOf(table);
  const _h1 = new Float64Array(count);
  const _h2 = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const a = mix32(seed ^ mix32(i + 1));
    _h1[i] = a >>> 12;
    _h2[i] = mix32(a ^ 0x9e3779b9) >>> 12;
  }
  return { _h1, _h2 };
}

export const fingerprintKey = (f: Fingerprint): string => `${f[0]}:${f[1]}`;
