/**
 * Disclosure control (INDICATORS.md; Statistics Law Art. 25): no published figure may let a
 * reader single out a person.
 * - Primary: a count of people in (0, k) is `c`; a share or average over fewer than 2k
 *   people is `c`, and so is a share whose numerator is in (0, k). Money is not suppressed.
 * - Derived figures (a year-on-year difference, an urban–rural gap) are `c` when the counts
 *   or rates behind them would be.
 * - Secondary: within one breakdown whose total is published (or one group of a structure,
 *   whose shares sum to 100%), a lone suppressed cell could be recovered by subtraction, so
 *   the next smallest cell is suppressed too.
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
  switch (e.basis) {
    case 'count': return small(e.value, k);
    case 'share': return (e.denominator ?? 0) < 2 * k || small(e.numerator, k);
    case 'average': return (e.denominator ?? 0) < 2 * k;
    case 'amount': return false;
    case 'derived': return e.denominator !== null && (small(e.numerator, k) || small(e.denominator, k) || e.numerator === null);
  }
}

const suppress = (e: Estimate): Estimate => ({ ...e, value: null, numerator: null, denominator: null, symbol: 'c' });

/**
 * The groups a cell's secondary suppression is judged in: its breakdown (a row of the
 * table), and for a structure within groups (`stage:ageBand`) also its column, the same part
 * across groups, whose bureau-wide share is published too.
 */
function groupsOf(e: Estimate): string[] {
  if ((e.basis !== 'count' && e.basis !== 'share') || e.dimension === 'total') return [];
  const [group, part] = e.category.includes('|') ? e.category.split('|') : ['', ''];
  const row = `${e.year}\0${e.dimension}\0row\0${group}`;
  return e.dimension.includes(':') ? [row, `${e.year}\0${e.dimension}\0col\0${part}`] : [row];
}

/** Applies primary then secondary suppression to the estimates of one indicator. */
export function applyDisclosure(estimates: readonly Estimate[], rules: DisclosureRules): Estimate[] {
  const k = rules.threshold;
  const out = estimates.map((e) => (primary(e, k) ? suppress(e) : e));
  const groups = new Map<string, number[]>();
  out.forEach((e, i) => {
    for (const g of groupsOf(e)) groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const totalPublished = (year: number) => out.some((e) => e.year === year && e.dimension === 'total' && e.symbol === '');
  const size = (e: Estimate) => (e.basis === 'share' ? e.numerator ?? Infinity : e.value ?? Infinity);
  // Suppressing one cell can expose another group it belongs to: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const idx of groups.values()) {
      const first = out[idx[0]!]!;
      // A structure's shares sum to 100% by themselves; a plain breakdown only beside a published total.
      if (!first.category.includes('|') && !totalPublished(first.year)) continue;
      if (idx.filter((i) => out[i]!.symbol === 'c').length !== 1) continue;
      const next = idx.filter((i) => out[i]!.symbol === '' && out[i]!.value !== 0).sort((a, b) => size(out[a]!) - size(out[b]!))[0];
      if (next === undefined) continue;
      out[next] = suppress(out[next]!);
      changed = true;
    }
  }
  return out;
}
