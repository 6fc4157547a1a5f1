/**
 * Every published figure that shares people with another: the linear relations a reader could
 * use to recover a suppressed cell by addition and subtraction. A relation says one quantity
 * (a count, or a numerator or denominator of a rate or average) is the sum of others:
 * - within an indicator: a breakdown sums to its total; a structure's row sums to its group,
 *   and its column to the bureau-wide part; schools sum to their urban/rural area;
 * - across indicators, found from row fingerprints (fingerprint.ts): two figures over the same
 *   rows are equal (retirements = exits of type 退休), and a figure over the union of other
 *   figures' rows is their sum (senior titles = 正高级 + 高级 of the title structure).
 */
import { fingerprintKey, type Fingerprint } from '../indicators/fingerprint.ts';
import type { Estimate } from '../indicators/types.ts';
import { groupBy } from '../group.ts';

export type Side = 'num' | 'den';

/** One published number of one estimate. */
export interface Quantity {
  readonly cell: number;
  readonly side: Side;
  readonly value: number;
  readonly fp: Fingerprint | null;
}

/** `whole` = Σ `parts` (quantity indexes). */
export interface Relation {
  readonly whole: number;
  readonly parts: readonly number[];
}

/** school → a group it belongs to (its urban/rural class, its peer group), per year: schools sum to their group. */
export type SchoolAreas = ReadonlyMap<number, ReadonlyMap<string, string>>;

/** Families larger than this are not searched for unions of their members (schools are, by area). */
const MAX_UNION_FAMILY = 12;

export function quantitiesOf(estimates: readonly Estimate[]): { quantities: Quantity[]; index: Map<string, number> } {
  const quantities: Quantity[] = [];
  const index = new Map<string, number>();
  estimates.forEach((e, cell) => {
    if (e.basis === 'amount' || (e.symbol !== '' && e.symbol !== 'c')) return;
    for (const side of ['num', 'den'] as const) {
      const value = side === 'num' ? e.numerator : e.denominator;
      if (value === null) continue;
      index.set(`${cell}:${side}`, quantities.length);
      // An average's numerator is a sum of values, not of rows: it has no fingerprint of its own.
      const fp = e.basis === 'average' && side === 'num' ? null : (e.trace?.[side] ?? null);
      quantities.push({ cell, side, value, fp });
    }
  });
  return { quantities, index };
}

export function relationsOf(estimates: readonly Estimate[], quantities: readonly Quantity[], index: ReadonlyMap<string, number>, areas: SchoolAreas = new Map(), peers: SchoolAreas = new Map()): Relation[] {
  const relations: Relation[] = [];
  const q = (cell: number, side: Side) => index.get(`${cell}:${side}`);
  const add = (whole: number | undefined, parts: readonly (number | undefined)[]) => {
    if (whole === undefined || parts.length === 0 || parts.some((p) => p === undefined)) return;
    relations.push({ whole, parts: parts as number[] });
  };
  const cells = estimates.map((e, i) => ({ e, i })).filter(({ e }) => e.basis !== 'amount' && (e.symbol === '' || e.symbol === 'c'));
  const totals = new Map(cells.filter(({ e }) => e.dimension === 'total').map(({ e, i }) => [`${e.indicator}\0${e.year}`, i]));

  // Within an indicator: plain breakdowns sum to the total.
  const plain = cells.filter(({ e }) => e.dimension !== 'total' && !e.category.includes('|'));
  for (const members of groupBy(plain, ({ e }) => `${e.indicator}\0${e.year}\0${e.dimension}`).values()) {
    const total = totals.get(`${members[0]!.e.indicator}\0${members[0]!.e.year}`);
    if (total === undefined) continue;
    for (const side of ['num', 'den'] as const) add(q(total, side), members.map(({ i }) => q(i, side)));
  }
  // Structures: a row's parts sum to its group (the denominator every cell of the row shows) …
  const parts = cells.filter(({ e }) => e.category.includes('|'));
  const split = (e: Estimate) => e.category.split('|') as [string, string];
  for (const row of groupBy(parts, ({ e }) => `${e.indicator}\0${e.year}\0${e.dimension}\0${split(e)[0]}`).values()) {
    const den = q(row[0]!.i, 'den');
    add(den, row.map(({ i }) => q(i, 'num')));
    for (const { i } of row.slice(1)) add(den, [q(i, 'den')]);
  }
  // … and a column of a structure within groups sums to the bureau-wide part.
  const topLevel = new Map(parts.filter(({ e }) => !e.dimension.includes(':')).map(({ e, i }) => [`${e.indicator}\0${e.year}\0${e.dimension}\0${split(e)[1]}`, i]));
  for (const column of groupBy(parts.filter(({ e }) => e.dimension.includes(':')), ({ e }) => `${e.indicator}\0${e.year}\0${e.dimension}\0${split(e)[1]}`).values()) {
    const { e } = column[0]!;
    const top = topLevel.get(`${e.indicator}\0${e.year}\0${e.dimension.split(':')[1]}\0${split(e)[1]}`);
    if (top !== undefined) add(q(top, 'num'), column.map(({ i }) => q(i, 'num')));
  }
  // Schools sum to their urban/rural area and to their peer group, where the rows say so.
  for (const [dimension, of] of [['locality', areas], ['peer', peers]] as const) {
    const groupOf = (e: Estimate) => of.get(e.year)?.get(e.category) ?? '';
    const groupCells = new Map(cells.filter(({ e }) => e.dimension === dimension).map(({ e, i }) => [`${e.indicator}\0${e.year}\0${e.category}`, i]));
    for (const schools of groupBy(cells.filter(({ e }) => e.dimension === 'school'), ({ e }) => `${e.indicator}\0${e.year}\0${groupOf(e)}`).values()) {
      const { e } = schools[0]!;
      const group = groupCells.get(`${e.indicator}\0${e.year}\0${groupOf(e)}`);
      if (group === undefined) continue;
      for (const side of ['num', 'den'] as const) {
        const whole = q(group, side);
        const members = schools.map(({ i }) => q(i, side));
        if (whole === undefined || members.some((m) => m === undefined)) continue;
        if (sameRows(quantities[whole]!.fp, members.map((m) => quantities[m!]!.fp))) add(whole, members);
      }
    }
  }
  fingerprintRelations(estimates, quantities, relations);
  return relations;
}

/** Whether parts' rows make up the whole's (true when fingerprints are missing: assume they do). */
function sameRows(whole: Fingerprint | null, parts: readonly (Fingerprint | null)[]): boolean {
  if (whole === null || parts.some((p) => p === null)) return true;
  const sum = parts.reduce<[number, number]>((s, p) => [s[0] + p![0], s[1] + p![1]], [0, 0]);
  return sum[0] === whole[0] && sum[1] === whole[1];
}

/**
 * Equal figures, and figures that are the union of a few members of another breakdown, found
 * from fingerprints. Only relations that hold by definition count: the same relation must hold
 * in every year and for every category where its figures exist (fulltime teachers of each
 * school = the denominator of each school's female share). A coincidence of the data (a school
 * whose nine teachers all hold degrees) is no relation a reader could know in advance.
 */
function fingerprintRelations(estimates: readonly Estimate[], quantities: readonly Quantity[], relations: Relation[]): void {
  const live = (qu: Quantity) => qu.fp !== null && (qu.fp[0] !== 0 || qu.fp[1] !== 0);
  const traced = quantities.map((qu, i) => ({ qu, i })).filter(({ qu }) => live(qu));
  const candidates: Relation[] = [];
  for (const same of groupBy(traced, ({ qu }) => fingerprintKey(qu.fp!)).values()) {
    const group = same.slice(0, MAX_EQUAL_GROUP);
    for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) candidates.push({ whole: group[a]!.i, parts: [group[b]!.i] });
  }
  // Unions: every sum of two or more members of a small family (one breakdown, one side).
  const unions = new Map<string, number[][]>();
  const family = ({ qu }: { qu: Quantity }) => {
    const e = estimates[qu.cell]!;
    const group = e.category.includes('|') ? e.category.split('|')[0] : '';
    return `${e.indicator}\0${e.year}\0${e.dimension}\0${group}\0${qu.side}`;
  };
  for (const members of groupBy(traced.filter(({ qu }) => estimates[qu.cell]!.dimension !== 'total'), family).values()) {
    if (members.length < 2 || members.length > MAX_UNION_FAMILY) continue;
    for (let mask = 1; mask < 1 << members.length; mask++) {
      if ((mask & (mask - 1)) === 0) continue; // single members are equalities, found above
      let a = 0;
      let b = 0;
      const chosen: number[] = [];
      members.forEach(({ qu, i }, k) => {
        if (mask & (1 << k)) {
          a += qu.fp![0];
          b += qu.fp![1];
          chosen.push(i);
        }
      });
      const key = `${a}:${b}`;
      const list = unions.get(key);
      if (list) list.push(chosen);
      else unions.set(key, [chosen]);
    }
  }
  for (const { qu, i } of traced) {
    for (const chosen of unions.get(fingerprintKey(qu.fp!)) ?? []) if (!chosen.includes(i)) candidates.push({ whole: i, parts: chosen });
  }
  for (const r of chainEqualities(definitional(candidates, estimates, quantities, live))) relations.push(r);
}

const MAX_EQUAL_GROUP = 80;

/** Equalities among many figures kept as one chain per set of equal figures; unions as they are. */
function chainEqualities(found: readonly Relation[]): Relation[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const out: Relation[] = [];
  for (const r of found) {
    if (r.parts.length !== 1) {
      out.push(r);
      continue;
    }
    const [a, b] = [find(r.whole), find(r.parts[0]!)];
    if (a === b) continue;
    parent.set(b, a);
    out.push(r);
  }
  return out;
}

/** The relations among `candidates` whose pattern holds wherever its figures exist. */
function definitional(candidates: readonly Relation[], estimates: readonly Estimate[], quantities: readonly Quantity[], live: (qu: Quantity) => boolean): Relation[] {
  const address = (e: Estimate, category: string, side: Side) => `${e.indicator}\0${e.year}\0${e.dimension}\0${category}\0${side}`;
  const byAddress = new Map(quantities.map((qu) => [address(estimates[qu.cell]!, estimates[qu.cell]!.category, qu.side), qu]));
  const categories = groupBy(estimates, (e) => `${e.indicator}\0${e.year}\0${e.dimension}`);
  const years = [...new Set(estimates.map((e) => e.year))];
  type Pattern = { whole: { indicator: string; dimension: string }; parts: [Estimate, string, Side][]; wholeAt: [string, Side]; variable: boolean; held: Set<string>; relations: Relation[] };
  const patterns = new Map<string, Pattern>();
  for (const r of candidates) {
    const whole = estimates[quantities[r.whole]!.cell]!;
    // Read two ways: for every category (school X's teachers = school X's denominator), or for
    // these categories only (retirements = exits of type 退休); either must hold wherever it can.
    for (const variable of new Set([variableOf(whole.category), ''])) {
      const generic = (c: string) => (variable ? c.split('|').map((t) => (t === variable ? '#' : t)).join('|') : c);
      const describe = (q: number): [Estimate, string, Side] => [estimates[quantities[q]!.cell]!, generic(estimates[quantities[q]!.cell]!.category), quantities[q]!.side];
      const parts = r.parts.map(describe).sort((a, b) => `${a[0].indicator}${a[0].dimension}${a[1]}${a[2]}`.localeCompare(`${b[0].indicator}${b[0].dimension}${b[1]}${b[2]}`));
      const key = [describe(r.whole), ...parts].map(([e, c, side]) => `${e.indicator}\0${e.dimension}\0${c}\0${side}`).join('\n') + `\n${variable ? '#' : ''}`;
      const p = patterns.get(key) ?? { whole, parts, wholeAt: [generic(whole.category), quantities[r.whole]!.side] as [string, Side], variable: variable !== '', held: new Set<string>(), relations: [] as Relation[] };
      p.held.add(`${whole.year}\0${variable}`);
      p.relations.push(r);
      patterns.set(key, p);
    }
  }
  const valuesOf = new Map<string, Set<string>>();
  for (const [key, es] of categories) valuesOf.set(key, new Set(es.map((e) => variableOf(e.category))));
  const accepted = new Set<Relation>();
  for (const p of patterns.values()) {
    const refs: [string, string, Side][] = [[`${p.whole.indicator}\0`, `\0${p.whole.dimension}\0`, p.wholeAt[1]], ...p.parts.map(([e, , side]): [string, string, Side] => [`${e.indicator}\0`, `\0${e.dimension}\0`, side])];
    const templates = [p.wholeAt[0], ...p.parts.map(([, c]) => c)].map((c) => c.split('|'));
    let possible = 0;
    for (const year of years) {
      const values = p.variable ? (valuesOf.get(`${p.whole.indicator}\0${year}\0${p.whole.dimension}`) ?? []) : [''];
      for (const value of values) {
        const all = refs.every(([head, mid, side], k) => {
          const category = value ? templates[k]!.map((t) => (t === '#' ? value : t)).join('|') : templates[k]!.join('|');
          const q = byAddress.get(`${head}${year}${mid}${category}\0${side}`);
          return q !== undefined && live(q);
        });
        if (all) possible++;
        if (possible > p.held.size) break;
      }
      if (possible > p.held.size) break;
    }
    if (p.held.size >= possible) for (const r of p.relations) accepted.add(r);
  }
  return [...accepted];
}

/** The category a relation is written for (小学, a school, the 小学 of 小学|高级), or '' for the bureau as a whole. */
function variableOf(category: string): string {
  const bar = category.indexOf('|');
  const first = bar < 0 ? category : category.slice(0, bar);
  return first === '全部' ? '' : first;
}
