/**
 * Disclosure control (INDICATORS.md; Statistics Law Art. 25): no published figure may let a
 * reader single out a person.
 * - Primary: a count of people in (0, k) is `c`; a share or average over fewer than 2k
 *   people is `c`, and so is a share whose numerator, or the people it leaves out (denominator
 *   less numerator), is in (0, k). Money is not suppressed.
 * - Derived figures (a year-on-year difference, an urban–rural gap) are `c` when the counts
 *   or rates behind them would be.
 * - Secondary: across every published figure of every indicator that shares people with a
 *   suppressed one (relations.ts), no suppressed figure may be worked out by addition and
 *   subtraction. While a relation has exactly one suppressed figure, its smallest published
 *   partner is suppressed too; then an exact check (audit.ts) solves the whole system and,
 *   wherever a protected figure is still pinned down, suppresses the smallest published figure
 *   that the working-out uses.
 * - Whole breakdowns: a protected figure that no single suppression can protect (its working-out
 *   uses no published figure, yet gives a value that is not its own: the rows say the relations
 *   hold where they do not, as when a school's name is misspelt in one row and that "school"
 *   belongs to no urban/rural area) is withheld with every figure of its breakdown, for that
 *   indicator and year, each marked with WITHHELD_NOTE so the pages say why. Disclosure
 *   control never stops the build: withholding more is always possible.
 * Values are unrounded here; rounding happens when figures are shown.
 */
import type { Estimate } from '../indicators/types.ts';
import { groupBy } from '../group.ts';
import { pinnedDown, publishedInputs, recoverable } from './audit.ts';
import { quantitiesOf, relationsOf, type Quantity, type SchoolAreas } from './relations.ts';
import { isWithheldWhole, WITHHELD_NOTE } from './withheld.ts';

export interface DisclosureRules {
  /** k: the smallest count of people that may be published (site.yaml, default 5) */
  readonly threshold: number;
  /** each school's urban/rural class per year: schools sum to their area */
  readonly areas?: SchoolAreas;
  /** each school's peer group per year: schools sum to their peer group */
  readonly peers?: SchoolAreas;
  /** false: primary suppression only (tests of arithmetic); default true */
  readonly secondary?: boolean;
}

const small = (n: number | null, k: number) => n !== null && n > 0 && n < k;

function primary(e: Estimate, k: number): boolean {
  if (e.symbol !== '') return false;
  switch (e.basis) {
    case 'count': return small(e.value, k);
    // The people a share leaves out count as much as those it counts: 14 of 15 with a bachelor's
    // degree names the one without it to everyone at that school.
    case 'share': return (e.denominator ?? 0) < 2 * k || small(e.numerator, k) || (e.numerator !== null && e.denominator !== null && small(e.denominator - e.numerator, k));
    case 'average': return (e.denominator ?? 0) < 2 * k;
    case 'amount': return false;
    case 'derived': return e.denominator !== null && (small(e.numerator, k) || small(e.denominator, k) || e.numerator === null);
  }
}

const suppress = (e: Estimate): Estimate => ({ ...e, value: null, numerator: null, denominator: null, symbol: 'c' });

/** A figure withheld with its whole breakdown: the note tells the pages to say so. */
const withhold = (e: Estimate): Estimate => ({ ...suppress(e), note: WITHHELD_NOTE });
export { isWithheldWhole, WITHHELD_NOTE };
const untraced = ({ trace: _, ...e }: Estimate): Estimate => e;

/** Applies primary then secondary suppression to the estimates of every indicator together. */
export function applyDisclosure(estimates: readonly Estimate[], rules: DisclosureRules): Estimate[] {
  const out = estimates.map((e) => (primary(e, rules.threshold) ? suppress(e) : e));
  if (rules.secondary !== false && out.some((e) => e.symbol === 'c')) secondary(estimates, out, rules);
  return out.map(untraced);
}

/**
 * What a primary suppression protects: the count, or the numerator behind a rate or an average
 * (a sum of ages can be one person's age; the people a share leaves out are its denominator, often
 * published as a count, less its numerator); a denominator only when it is itself a small count.
 * The denominator of a rate over 8 teachers is not secret: the school's 8 teachers may be
 * published as a count.
 */
function protectedSides(e: Estimate, k: number): ('num' | 'den')[] {
  if (e.basis === 'count') return ['num'];
  const sides: ('num' | 'den')[] = e.basis === 'derived' && !small(e.numerator, k) ? [] : ['num'];
  return small(e.denominator, k) ? [...sides, 'den'] : sides;
}

function secondary(estimates: readonly Estimate[], out: Estimate[], rules: DisclosureRules): void {
  const { quantities, index } = quantitiesOf(estimates);
  const relations = relationsOf(estimates, quantities, index, rules.areas, rules.peers);
  const secret = new Set<number>();
  out.forEach((e, cell) => {
    if (e.symbol !== 'c' || estimates[cell]!.symbol !== '') return;
    for (const side of protectedSides(estimates[cell]!, rules.threshold)) {
      const q = index.get(`${cell}:${side}`);
      if (q !== undefined) secret.add(q);
    }
  });
  const quantitiesOfCell = groupBy(quantities.keys(), (q) => quantities[q]!.cell);
  const members = relations.map((r) => [r.whole, ...r.parts]);
  /** quantity → the relations it stands in */
  const byQuantity = new Map<number, number[]>();
  members.forEach((m, r) => { for (const q of m) { const list = byQuantity.get(q); if (list) list.push(r); else byQuantity.set(q, [r]); } });
  // How many suppressed figures each relation has, kept as figures are suppressed; the
  // relations that have just come down to one are the ones to look at again.
  const isHidden = new Uint8Array(quantities.length);
  const hiddenIn = new Int32Array(relations.length);
  const single: number[] = [];
  const hidden = (q: number) => isHidden[q] === 1;
  const mark = (q: number) => {
    if (isHidden[q]) return;
    isHidden[q] = 1;
    for (const r of byQuantity.get(q) ?? []) if ((hiddenIn[r] = (hiddenIn[r] ?? 0) + 1) === 1) single.push(r);
  };
  quantities.forEach((qu, q) => { if (out[qu.cell]!.symbol === 'c') mark(q); });
  const hide = (q: number) => {
    const cell = quantities[q]!.cell;
    out[cell] = suppress(out[cell]!);
    for (const other of quantitiesOfCell.get(cell)!) mark(other);
  };

  // Breakdowns withheld whole (indicator, year, dimension) and their cells.
  const withheldCells = new Set<number>();
  const breakdownKey = (e: Estimate) => `${e.indicator}\0${e.year}\0${e.dimension}`;
  const cellsOfBreakdown = groupBy(estimates.keys(), (cell) => breakdownKey(estimates[cell]!));
  const withholdBreakdown = (cell: number) => {
    for (const other of cellsOfBreakdown.get(breakdownKey(estimates[cell]!))!) {
      // x (no source data) and z (not applicable) say something true and nothing about anyone.
      if (withheldCells.has(other) || (out[other]!.symbol !== '' && out[other]!.symbol !== 'c')) continue;
      withheldCells.add(other);
      out[other] = withhold(out[other]!);
      for (const q of quantitiesOfCell.get(other) ?? []) mark(q);
    }
  };

  // Each round suppresses at least one more figure or ends: the loop ends.
  for (;;) {
    let changed = false;
    // Fast pass: a relation whose only suppressed figure is a protected one gives it away.
    while (single.length) {
      const r = single.pop()!;
      if (hiddenIn[r] !== 1) continue;
      const m = members[r]!;
      const unknown = m.find(hidden)!;
      if (!secret.has(unknown)) continue;
      const partner = smallestPublished(m, quantities, estimates, hidden);
      if (partner !== undefined) {
        hide(partner);
        changed = true;
      }
    }
    if (changed) continue;
    // Exact check: systems of relations that still pin a protected figure down; suppress the
    // smallest published figure the working-out uses.
    const pinned = pinnedDown(relations, hidden);
    for (const [q, from] of pinned) {
      if (!secret.has(q) || !hidden(q)) continue;
      const partner = smallestPublished(publishedInputs(relations, from, hidden), quantities, estimates, hidden);
      if (partner === undefined) continue;
      hide(partner);
      changed = true;
    }
    if (changed) continue;
    // What is left pinned has no published figure in its working-out. A zero fixed by the
    // relations alone (an area's people all in its other schools) singles out no one and no
    // suppression could hide it. Any other value means the relations, as the rows give them, do
    // not hold (a misspelt school in no area); what a reader could use instead is not known, so
    // the figure's whole breakdown is withheld.
    const exposed = [...pinned.keys()].filter((q) => secret.has(q) && quantities[q]!.value !== 0 && !withheldCells.has(quantities[q]!.cell));
    if (!exposed.length) break;
    for (const q of exposed) withholdBreakdown(quantities[q]!.cell);
  }
  // A figure withheld to protect another but pinned down by the published ones anyway hides
  // nothing: publish it rather than print a `c` a reader can work out. A breakdown withheld
  // whole stays whole, as its note says.
  const known = new Set(recoverable(relations, hidden));
  for (const [cell, qs] of quantitiesOfCell) {
    if (out[cell]!.symbol === 'c' && !withheldCells.has(cell) && !primary(estimates[cell]!, rules.threshold) && qs.every((q) => known.has(q))) out[cell] = estimates[cell]!;
  }
}

/** The partner to suppress: a published non-zero figure, outside the bureau-wide figures where possible, the smallest. */
function smallestPublished(members: Iterable<number>, quantities: readonly Quantity[], estimates: readonly Estimate[], hidden: (q: number) => boolean): number | undefined {
  const rank = (q: number) => {
    const { value, cell } = quantities[q]!;
    const e = estimates[cell]!;
    const bureauWide = e.dimension === 'total' || e.category.startsWith('全部|');
    return (value === 0 ? 2e15 : 0) + (bureauWide ? 1e15 : 0) + value;
  };
  let best: number | undefined;
  for (const q of members) if (!hidden(q) && (best === undefined || rank(q) < rank(best))) best = q;
  return best;
}

/** The protected figures (see protectedSides) that the published ones still give away: for tests and audits. */
export function exposedFigures(estimates: readonly Estimate[], published: readonly Estimate[], rules: DisclosureRules): Estimate[] {
  const { quantities, index } = quantitiesOf(estimates);
  const relations = relationsOf(estimates, quantities, index, rules.areas, rules.peers);
  const hidden = (q: number) => published[quantities[q]!.cell]!.symbol === 'c';
  const secret = (q: number) => {
    const { cell, side } = quantities[q]!;
    return primary(estimates[cell]!, rules.threshold) && protectedSides(estimates[cell]!, rules.threshold).includes(side);
  };
  return recoverable(relations, hidden).filter(secret).map((q) => estimates[quantities[q]!.cell]!);
}
