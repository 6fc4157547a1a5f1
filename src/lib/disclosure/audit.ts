/**
 * The attacker's view: which suppressed quantities can be worked out exactly from the
 * published ones through the relations between them. Each relation is a linear equation; the
 * published quantities are constants. Gaussian elimination over the suppressed quantities
 * (component by component, so each system stays small) shows every quantity that some
 * combination of equations pins down alone.
 */
import { groupBy } from '../group.ts';
import type { Relation } from './relations.ts';

const EPS = 1e-9;

/** Indexes of hidden quantities that the relations determine. */
export function recoverable(relations: readonly Relation[], hidden: (q: number) => boolean): number[] {
  // Equations over hidden quantities only, deduplicated.
  const equations = new Map<string, Map<number, number>>();
  for (const r of relations) {
    if (!hidden(r.whole) && !r.parts.some(hidden)) continue;
    const row = new Map<number, number>();
    const put = (q: number, c: number) => { if (hidden(q)) row.set(q, (row.get(q) ?? 0) + c); };
    put(r.whole, 1);
    for (const p of r.parts) put(p, -1);
    for (const [q, c] of row) if (Math.abs(c) < EPS) row.delete(q);
    if (row.size === 0) continue;
    const key = [...row].sort((a, b) => a[0] - b[0]).map(([q, c]) => `${q}*${c}`).join(',');
    equations.set(key, row);
  }
  // Components: hidden quantities linked by an equation.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const row of equations.values()) {
    const [first, ...rest] = [...row.keys()];
    if (!parent.has(first!)) parent.set(first!, first!);
    for (const q of rest) {
      if (!parent.has(q)) parent.set(q, q);
      parent.set(find(q), find(first!));
    }
  }
  const components = groupBy(equations.values(), (row) => find(row.keys().next().value!));
  const found: number[] = [];
  for (const rows of components.values()) found.push(...solveComponent(rows));
  return found;
}

/** Reduced row echelon form of one component; a row left with one unknown determines it. */
function solveComponent(rows: readonly Map<number, number>[]): number[] {
  const vars = [...new Set(rows.flatMap((r) => [...r.keys()]))];
  if (rows.length === 1) return rows[0]!.size === 1 ? vars : [];
  const col = new Map(vars.map((v, i) => [v, i]));
  const n = vars.length;
  const m = rows.map((r) => {
    const a = new Float64Array(n);
    for (const [q, c] of r) a[col.get(q)!] = c;
    return a;
  });
  let rank = 0;
  for (let c = 0; c < n && rank < m.length; c++) {
    let pivot = -1;
    let best = EPS;
    for (let r = rank; r < m.length; r++) if (Math.abs(m[r]![c]!) > best) { best = Math.abs(m[r]![c]!); pivot = r; }
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    const f = p[c]!;
    for (let k = c; k < n; k++) p[k]! /= f;
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const row = m[r]!;
      const g = row[c]!;
      if (Math.abs(g) < EPS) continue;
      for (let k = c; k < n; k++) row[k]! -= g * p[k]!;
    }
    rank++;
  }
  const found: number[] = [];
  for (let r = 0; r < rank; r++) {
    let only = -1;
    let count = 0;
    for (let k = 0; k < n; k++) if (Math.abs(m[r]![k]!) > EPS) { count++; only = k; }
    if (count === 1) found.push(vars[only]!);
  }
  return found;
}
