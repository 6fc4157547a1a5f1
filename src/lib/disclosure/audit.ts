/**
 * The attacker's view: which suppressed quantities can be worked out exactly from the
 * published ones through the relations between them. Each relation is a linear equation; the
 * published quantities are constants. Sparse Gauss–Jordan elimination over the suppressed
 * quantities shows every quantity that some combination of equations pins down alone, and
 * which combination: the published figures it uses are the ones worth suppressing to stop it.
 *
 * Sparse, because each equation names a few suppressed figures among thousands: a city's
 * system has ~2,000 equations, whose dense elimination took seconds a round.
 */
import type { Relation } from './relations.ts';

const EPS = 1e-9;

/** A linear combination: index → coefficient (quantities for a row, relations for its provenance). */
type Combination = Map<number, number>;

interface Row {
  readonly vars: Combination;
  /** which relations, with which multipliers, add up to this row */
  readonly from: Combination;
}

/** Indexes of hidden quantities that the relations determine. */
export function recoverable(relations: readonly Relation[], hidden: (q: number) => boolean): number[] {
  return [...pinnedDown(relations, hidden).keys()];
}

/**
 * Each hidden quantity the relations determine → the combination of relations (relation index →
 * multiplier) that determines it.
 */
export function pinnedDown(relations: readonly Relation[], hidden: (q: number) => boolean): Map<number, Combination> {
  const rows: Row[] = [];
  const pivotOf = new Map<number, number>(); // quantity → the row it is the pivot of
  const rowsWith = new Map<number, Set<number>>(); // quantity → rows where it appears
  const seen = new Set<string>();

  const touch = (row: number, q: number, present: boolean) => {
    let set = rowsWith.get(q);
    if (!set) rowsWith.set(q, (set = new Set()));
    if (present) set.add(row);
    else set.delete(row);
  };
  /** rows[target] -= factor × source, keeping rowsWith up to date */
  const subtract = (target: Row, targetIndex: number, factor: number, source: Row) => {
    for (const [q, c] of source.vars) {
      const v = (target.vars.get(q) ?? 0) - factor * c;
      if (Math.abs(v) < EPS) {
        if (target.vars.delete(q) && targetIndex >= 0) touch(targetIndex, q, false);
      } else {
        if (!target.vars.has(q) && targetIndex >= 0) touch(targetIndex, q, true);
        target.vars.set(q, v);
      }
    }
    for (const [r, c] of source.from) {
      const v = (target.from.get(r) ?? 0) - factor * c;
      if (Math.abs(v) < EPS) target.from.delete(r);
      else target.from.set(r, v);
    }
  };

  relations.forEach((relation, index) => {
    if (!hidden(relation.whole) && !relation.parts.some(hidden)) return;
    const vars: Combination = new Map();
    const put = (q: number, c: number) => { if (hidden(q)) vars.set(q, (vars.get(q) ?? 0) + c); };
    put(relation.whole, 1);
    for (const p of relation.parts) put(p, -1);
    for (const [q, c] of vars) if (Math.abs(c) < EPS) vars.delete(q);
    if (vars.size === 0) return;
    // The same equation over the suppressed figures twice adds nothing.
    const key = [...vars].sort((a, b) => a[0] - b[0]).map(([q, c]) => `${q}*${c}`).join(',');
    if (seen.has(key)) return;
    seen.add(key);

    const row: Row = { vars, from: new Map([[index, 1]]) };
    // Eliminate the pivots already found (pivot rows hold no other pivot, so one pass will do).
    for (const q of [...row.vars.keys()]) {
      const c = row.vars.get(q);
      const p = pivotOf.get(q);
      if (c !== undefined && p !== undefined) subtract(row, -1, c, rows[p]!);
    }
    if (row.vars.size === 0) return;
    // The new pivot: the largest coefficient (the lowest index among equals), scaled to 1.
    let pivot = -1;
    let best = 0;
    for (const [q, c] of row.vars) if (Math.abs(c) > best + EPS || (Math.abs(c) > best - EPS && q < pivot)) { best = Math.abs(c); pivot = q; }
    const scale = row.vars.get(pivot)!;
    for (const [q, c] of row.vars) row.vars.set(q, c / scale);
    for (const [r, c] of row.from) row.from.set(r, c / scale);
    // Clear the pivot from every earlier row (reduced form: a pivot appears in its own row only).
    const at = rows.length;
    for (const other of [...(rowsWith.get(pivot) ?? [])]) {
      const target = rows[other]!;
      subtract(target, other, target.vars.get(pivot)!, row);
    }
    rows.push(row);
    pivotOf.set(pivot, at);
    for (const q of row.vars.keys()) touch(at, q, true);
  });

  // In reduced form a row left with its pivot alone determines it.
  const found = new Map<number, Combination>();
  for (const row of rows) {
    if (row.vars.size === 1) found.set(row.vars.keys().next().value!, row.from);
  }
  return found;
}

/**
 * The published quantities that a determining combination of relations uses, with their net
 * coefficient: suppressing any one of them takes that route away.
 */
export function publishedInputs(relations: readonly Relation[], from: Combination, hidden: (q: number) => boolean): number[] {
  const net = new Map<number, number>();
  const add = (q: number, c: number) => { if (!hidden(q)) net.set(q, (net.get(q) ?? 0) + c); };
  for (const [r, multiplier] of from) {
    const relation = relations[r]!;
    add(relation.whole, multiplier);
    for (const p of relation.parts) add(p, -multiplier);
  }
  return [...net].filter(([, c]) => Math.abs(c) > EPS).map(([q]) => q);
}
