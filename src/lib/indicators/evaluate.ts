/**
 * Turns an indicator's measure into estimates: the total and one row per category of each
 * breakdown, computed with Arquero. A year without the source table gives `x`, never 0.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { YearContext } from './context.ts';
import { DIMENSIONS, sortCategories, TOTAL_CATEGORY, UNKNOWN_CATEGORY, type Dimension } from './dimensions.ts';
import type { Bilingual, DimensionId, Estimate, Indicator, Measure } from './types.ts';
import { TABLE_SPECS } from '../ingest/schema.ts';
import { FINGERPRINT_COLUMNS, type Fingerprint } from './fingerprint.ts';
import { missingColumnNote, missingSourcesNote } from './reasons.ts';

/** Rows, Σ column, and the rows' fingerprint (null when the table has lost its row numbers). */
type Stat = { n: number; sum: number; fp: Fingerprint | null };

const isTraced = (table: ColumnTable) => FINGERPRINT_COLUMNS.every((c) => table.columnNames().includes(c));
/** The fingerprint of category `c`: of no rows when the category has none, unknown when the table has no row numbers. */
const fpAt = (stats: Map<string, Stat>, c: string, table: ColumnTable): Fingerprint | null => stats.get(c)?.fp ?? (isTraced(table) ? [0, 0] : null);

/**
 * Row count, Σ column and fingerprint per category of a column (null and empty → 不详).
 *
 * The same sums as Arquero's `groupby(column).rollup({ n: op.count(), s: op.sum(…) })`, in the
 * same order of addition (rows as the table scans them; groups by their first row), done in one
 * pass over the columns: this runs for every indicator, year and breakdown, over a city's
 * 140,000 training rows, and Arquero's general grouping was two thirds of computing the indicators.
 */
export function statBy(table: ColumnTable, column: string | null, sumColumn: string | null = null): Map<string, Stat> {
  const traced = isTraced(table);
  // Arquero's columns made from rows are plain arrays, indexed by row.
  const values = (name: string) => {
    if (!table.columnNames().includes(name)) throw new MissingColumn(name);
    const column = table.column(name)!;
    return Array.isArray(column) || ArrayBuffer.isView(column) ? (column as ArrayLike<unknown>) : Array.from({ length: table.totalRows() }, (_, row) => column.at(row));
  };
  const key = column === null ? null : values(column);
  const sum = sumColumn === null ? null : values(sumColumn);
  const [h1, h2] = traced ? [values('_h1'), values('_h2')] : [null, null];
  // One entry per group (per distinct value, as Arquero groups): its rows, sums and first row.
  const ids = new Map<unknown, number>();
  const n: number[] = [], sums: number[] = [], fp1: number[] = [], fp2: number[] = [], first: number[] = [];
  const rows = table.indices(); // the filter and the order, as Arquero's rollup scans them
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const value = key === null ? null : key[row];
    let g = ids.get(value);
    if (g === undefined) {
      ids.set(value, (g = n.length));
      n.push(0), sums.push(0), fp1.push(0), fp2.push(0), first.push(row);
    } else if (row < first[g]!) first[g] = row;
    n[g]!++;
    // Arquero's sum skips null, undefined and NaN, and adds the rest as numbers.
    if (sum) { const v = sum[row] as number; if (v !== null && v !== undefined && v === v) sums[g]! += +v; }
    if (h1 && h2) {
      const a = h1[row] as number, b = h2[row] as number;
      if (a !== null && a !== undefined && a === a) fp1[g]! += a;
      if (b !== null && b !== undefined && b === b) fp2[g]! += b;
    }
  }
  const out = new Map<string, Stat>();
  for (const [value, g] of [...ids].sort((a, b) => first[a[1]]! - first[b[1]]!)) {
    const c = column === null ? TOTAL_CATEGORY : value === null || value === undefined || value === '' ? UNKNOWN_CATEGORY : String(value);
    const prev = out.get(c) ?? { n: 0, sum: 0, fp: traced ? [0, 0] : null };
    const fp: Fingerprint | null = prev.fp && [prev.fp[0] + fp1[g]!, prev.fp[1] + fp2[g]!];
    out.set(c, { n: prev.n + n[g]!, sum: prev.sum + (sumColumn ? sums[g]! : 0), fp });
  }
  if (column === null && !out.has(TOTAL_CATEGORY)) out.set(TOTAL_CATEGORY, { n: 0, sum: 0, fp: traced ? [0, 0] : null });
  return out;
}

/** A column an indicator reads that the year's files do not have. */
class MissingColumn extends Error {
  readonly column: string;
  constructor(column: string) {
    super(`no column ${column}`);
    this.column = column;
  }
}

type Cell = Omit<Estimate, 'year' | 'indicator' | 'dimension'>;
const cell = (category: string, value: number | null, numerator: number | null, denominator: number | null, basis: Estimate['basis'], trace?: Estimate['trace']): Cell =>
  ({ category, value, numerator, denominator, symbol: value === null ? 'z' : '', basis, ...(trace ? { trace } : {}) });

const tablesOf = (m: Measure): ColumnTable[] =>
  m.kind === 'ratio' || m.kind === 'perHead' || m.kind === 'gap' ? [m.numerator, m.denominator] : m.kind === 'difference' ? [m.current, m.previous] : [m.rows];

/** The cells of one grouping (the total, or one breakdown), for every measure kind. */
function cells(measure: Measure, dim: Dimension): Cell[] {
  const col = dim.column;
  // An optional column the year's files do not have: the breakdown is not available.
  if (col !== null && tablesOf(measure).some((t) => !t.columnNames().includes(col))) {
    return [{ ...cell(TOTAL_CATEGORY, null, null, null, 'derived'), symbol: 'x', note: { zh: `源数据没有“${dim.name.zh}”列。`, en: `The source data has no ${dim.name.en.toLowerCase()} column.` } }];
  }
  switch (measure.kind) {
    case 'count': {
      const s = statBy(measure.rows, col);
      return sortCategories(dim, s.keys()).map((c) => cell(c, s.get(c)!.n, s.get(c)!.n, null, 'count', { num: s.get(c)!.fp }));
    }
    case 'sum': {
      const s = statBy(measure.rows, col, measure.column);
      return sortCategories(dim, s.keys()).map((c) => cell(c, s.get(c)!.sum, null, null, measure.people ? 'count' : 'amount'));
    }
    case 'mean': {
      const s = statBy(measure.rows, col, measure.column);
      return sortCategories(dim, s.keys()).map((c) => { const { n, sum, fp } = s.get(c)!; return cell(c, n ? sum / n : null, sum, n, 'average', { den: fp }); });
    }
    case 'ratio':
    case 'perHead': {
      const num = statBy(measure.numerator, col, measure.kind === 'perHead' ? measure.column : null);
      const den = statBy(measure.denominator, col);
      return sortCategories(dim, den.keys()).map((c) => {
        const d = den.get(c)!.n;
        const n = measure.kind === 'perHead' ? (num.get(c)?.sum ?? 0) : (num.get(c)?.n ?? 0);
        const trace = { num: measure.kind === 'ratio' ? fpAt(num, c, measure.numerator) : null, den: den.get(c)!.fp };
        return cell(c, d > 0 ? (n / d) * measure.per : null, n, d, measure.kind === 'ratio' ? 'share' : 'average', trace);
      });
    }
    case 'difference': {
      const now = statBy(measure.current, col);
      const before = statBy(measure.previous, col);
      return sortCategories(dim, [...now.keys(), ...before.keys()]).map((c) => {
        const a = now.get(c)?.n ?? 0;
        const b = before.get(c)?.n ?? 0;
        return cell(c, a - b, a, b, 'derived', { num: fpAt(now, c, measure.current), den: fpAt(before, c, measure.previous) });
      });
    }
    case 'gap':
    case 'distribution':
      throw new Error(`${measure.kind} is evaluated whole, not per breakdown`);
  }
}

function distribution(measure: Extract<Measure, { kind: 'distribution' }>, group: Dimension): Omit<Estimate, 'year' | 'indicator'>[] {
  const inner = DIMENSIONS[measure.column];
  const out: Omit<Estimate, 'year' | 'indicator'>[] = [];
  const groups = group.column === null ? new Map([[TOTAL_CATEGORY, measure.rows]]) : new Map(sortCategories(group, statBy(measure.rows, group.column).keys()).map((g) => [g, measure.rows.params({ g, c: group.column }).filter((d: Record<string, unknown>, $: Record<string, unknown>) => d[$['c'] as string] === $['g'])]));
  for (const [g, rows] of groups) {
    const s = statBy(rows, inner.column);
    const total = rows.numRows();
    for (const c of sortCategories(inner, [...(inner.order ?? []), ...s.keys()])) {
      const n = s.get(c)?.n ?? 0;
      if (n === 0 && !inner.order?.includes(c)) continue;
      const trace = { num: fpAt(s, c, rows), den: groupFp(rows) };
      out.push({ dimension: group.column === null ? inner.id : `${group.id}:${inner.id}`, ...cell(`${g}|${c}`, total ? (n / total) * 100 : null, n, total, 'share', trace) });
    }
  }
  return out;
}

const groupFp = (rows: ColumnTable): Fingerprint | null => statBy(rows, null).get(TOTAL_CATEGORY)!.fp;

function gap(measure: Extract<Measure, { kind: 'gap' }>): Cell {
  const num = statBy(measure.numerator, measure.column);
  const den = statBy(measure.denominator, measure.column);
  const rate = (c: string) => { const d = den.get(c)?.n ?? 0; return d ? { r: ((num.get(c)?.n ?? 0) / d) * 100, n: num.get(c)?.n ?? 0, d, nf: fpAt(num, c, measure.numerator), df: fpAt(den, c, measure.denominator) } : null; };
  const a = rate(measure.minuend);
  const b = rate(measure.subtrahend);
  if (!a || !b) return cell(TOTAL_CATEGORY, null, null, null, 'derived');
  // numerator/denominator hold the smallest counts behind the two rates, for disclosure control.
  const [n, d] = [a.n <= b.n ? a : b, a.d <= b.d ? a : b];
  return cell(TOTAL_CATEGORY, a.r - b.r, n.n, d.d, 'derived', { num: n.nf, den: d.df });
}

const unavailable = (ctx: YearContext, indicator: Indicator, note?: Bilingual): Estimate =>
  ({ year: ctx.year, indicator: indicator.id, dimension: 'total', category: TOTAL_CATEGORY, value: null, numerator: null, denominator: null, symbol: 'x', basis: 'derived', ...(note ? { note } : {}) });

/**
 * Every estimate of one indicator for one year, before disclosure control. A column the year's
 * files do not have is absent from its table, so an indicator that reads it fails in Arquero
 * ("Invalid column reference") and is published as not available (x), never as zero.
 */
export function evaluate(indicator: Indicator, ctx: YearContext, options: { readonly totalOnly?: boolean } = {}): Estimate[] {
  try {
    return evaluateMeasure(indicator, ctx, options.totalOnly ?? false);
  } catch (e) {
    const column = e instanceof MissingColumn ? e.column : /Invalid column reference: "d(?:\.|\[')(\w+)/.exec(e instanceof Error ? e.message : '')?.[1];
    if (!column) throw e;
    return [unavailable(ctx, indicator, missingColumnNote(indicator, columnHeader(column), DERIVED_FROM[column] ?? column))];
  }
}

/** The measure with each row's peer group (from its school) as a column. */
function withPeers(measure: Measure, peers: ReadonlyMap<string, string>): Measure {
  const add = (t: ColumnTable) => (t.columnNames().includes('school') ? t.derive({ peer: aq.escape((d: Record<string, unknown>) => peers.get(String(d['school'])) ?? UNKNOWN_CATEGORY) }) : t);
  switch (measure.kind) {
    case 'ratio': case 'perHead': case 'gap': return { ...measure, numerator: add(measure.numerator), denominator: add(measure.denominator) };
    case 'difference': return { ...measure, current: add(measure.current), previous: add(measure.previous) };
    default: return { ...measure, rows: add(measure.rows) };
  }
}

/** Schools that teach none of the stages an indicator covers. */
function schoolsOutside(indicator: Indicator, ctx: YearContext): string[] {
  const stages = indicator.stages;
  if (!stages) return [];
  return [...ctx.schoolStages()].filter(([, own]) => ![...own].some((s) => stages.includes(s))).map(([school]) => school);
}

/** The spreadsheet column behind a field or derived column, for the note. */
function columnHeader(column: string): string {
  const source = DERIVED_FROM[column] ?? column;
  return TABLE_SPECS.flatMap((s) => s.fields).find((f) => f.key === source)?.header ?? column;
}
const DERIVED_FROM: Readonly<Record<string, string>> = { backbone: 'backboneCategory', isBackbone: 'backboneCategory', rosterBackbone: 'backboneCategory' };

function evaluateMeasure(indicator: Indicator, ctx: YearContext, totalOnly: boolean): Estimate[] {
  const measure = indicator.measure(ctx);
  // No measure: a source table the year does not have (reasons.ts says which).
  if (measure === null || measure === undefined) return [unavailable(ctx, indicator, missingSourcesNote(indicator, ctx))];
  if ('unavailable' in measure) return [unavailable(ctx, indicator, measure.unavailable)];
  const base = { year: ctx.year, indicator: indicator.id };
  if (measure.kind === 'gap') return [{ ...base, dimension: 'total', ...gap(measure) }];
  // Every indicator given per school is also given per peer group (schools like each other).
  const groups = (totalOnly ? ['total'] : ['total', ...indicator.breakdowns, ...(indicator.breakdowns.includes('school') ? ['peer'] : [])]) as DimensionId[];
  if (measure.kind === 'distribution') return groups.flatMap((g) => distribution(measure, DIMENSIONS[g]).map((e) => ({ ...base, ...e })));
  return groups.flatMap((g) => {
    const found = cells(g === 'peer' ? withPeers(measure, ctx.schoolPeers()) : measure, DIMENSIONS[g]);
    const excluded = [...(indicator.notApplicable?.[g] ?? []), ...(g === 'school' ? schoolsOutside(indicator, ctx) : [])].filter((c) => !found.some((f) => f.category === c));
    const all = [...found, ...excluded.map((c) => ({ ...cell(c, null, null, null, 'derived'), symbol: 'z' as const }))];
    const order = sortCategories(DIMENSIONS[g], all.map((c) => c.category));
    return all.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category)).map((c) => ({ ...base, dimension: g, ...c }));
  });
}
