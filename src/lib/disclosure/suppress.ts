/**
 * Disclosure control (INDICATORS.md; Statistics Law Art. 25): no published figure may let a
 * reader single out a person.
 * - Primary: a count of people in (0, k) is `c`; a rate over fewer than 2k people, or whose
 *   numerator is in (0, k), is `c`.
 * - Secondary: within one breakdown whose total is published, a lone suppressed cell could be
 *   recovered by subtraction, so the next smallest cell is suppressed too.
 * Values are unrounded here; rounding happens when figures are shown.
 */
import type { Estimate } from '../indicators/types.ts';

export interface DisclosureRules {
  /** k: the smallest count of people that may be published (site.yaml, default 5) */
  readonly threshold: number;
}

const small = (n: number | null, k: number) => n !== null && n > 0 && n < k;

function primary(e: Estimate, k: number): boolean {
  if (e.symbol !== '') return false;
  if (e.denominator === null) return small(e.value, k);
  return e.denominator < 2 * k || small(e.numerator, k);
}

const suppress = (e: Estimate): Estimate => ({ ...e, value: null, numerator: null, denominator: null, symbol: 'c' });

/** Applies primary then secondary suppression to the estimates of one indicator. */
export function applyDisclosure(estimates: readonly Estimate[], rules: DisclosureRules): Estimate[] {
  const k = rules.threshold;
  const out = estimates.map((e) => (primary(e, k) ? suppress(e) : e));
  // Secondary, per (year, dimension) group: one suppressed cell beside a published total is recoverable.
  const groups = new Map<string, number[]>();
  out.forEach((e, i) => {
    if (e.dimension === 'total') return;
    const key = `${e.year}\0${e.dimension}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const [key, idx] of groups) {
    const total = out.find((e) => e.dimension === 'total' && `${e.year}` === key.split('\0')[0]);
    if (!total || total.symbol !== '') continue;
    const suppressed = idx.filter((i) => out[i]!.symbol === 'c');
    if (suppressed.length !== 1) continue;
    const size = (e: Estimate) => e.denominator ?? e.value ?? Infinity;
    const next = idx.filter((i) => out[i]!.symbol === '').sort((a, b) => size(out[a]!) - size(out[b]!))[0];
    if (next !== undefined) out[next] = suppress(out[next]!);
  }
  return out;
}
