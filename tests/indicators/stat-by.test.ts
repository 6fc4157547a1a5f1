/**
 * The counts and sums behind every estimate (statBy in src/lib/indicators/evaluate.ts) are one
 * pass over the columns; they must equal Arquero's own groupby + rollup to the last bit, since
 * the float sums are published (average hours, amounts) and a rounding flip is a wrong figure.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { statBy } from '../../src/lib/indicators/evaluate.ts';
import { TOTAL_CATEGORY, UNKNOWN_CATEGORY } from '../../src/lib/indicators/dimensions.ts';

/** Arquero's groupby and rollup, categories merged as statBy merges them (null, undefined and '' → 不详). */
function reference(table: ColumnTable, column: string | null, sumColumn: string | null) {
  const rollup = { n: op.count(), s: sumColumn ? op.sum(sumColumn) : op.count(), h1: op.sum('_h1'), h2: op.sum('_h2') };
  const rows = (column === null ? table.rollup(rollup) : table.groupby(column).rollup(rollup)).objects() as Record<string, unknown>[];
  const out = new Map<string, { n: number; sum: number; fp: [number, number] }>();
  for (const r of rows) {
    const v = column === null ? TOTAL_CATEGORY : r[column];
    const c = v === null || v === undefined || v === '' ? UNKNOWN_CATEGORY : String(v);
    const prev = out.get(c) ?? { n: 0, sum: 0, fp: [0, 0] };
    out.set(c, { n: prev.n + Number(r['n']), sum: prev.sum + (sumColumn ? Number(r['s'] ?? 0) : 0), fp: [prev.fp[0] + Number(r['h1'] ?? 0), prev.fp[1] + Number(r['h2'] ?? 0)] });
  }
  return out;
}

// Awkward on purpose: null, undefined and '' all unknown; 1 and '1' distinct groups; NaN and null hours skipped; sums of tenths.
const SCHOOLS = ['城关小学', null, '', undefined, '乡村小学', 1, '1', '城关小学'];
const HOURS = [0.1, 0.2, null, 0.3, Number.NaN, 1e-9, 7.7, 0.7];
const rows = Array.from({ length: 400 }, (_, i) => ({
  school: SCHOOLS[(i * 7) % SCHOOLS.length], hours: HOURS[(i * 3) % HOURS.length], start: (i * 37) % 101, _h1: (i * 2654435761) % 4294967296, _h2: (i * 40503) % 65536,
}));

describe('statBy', () => {
  const table = aq.from(rows);
  const cases: [string, ColumnTable][] = [
    ['a whole table', table],
    ['a filtered table', table.filter((d: { start: number }) => d.start % 3 !== 0)],
    ['an ordered table (rows summed in its order)', table.orderby('start')],
    ['no rows', table.filter(() => false)],
  ];
  for (const [what, t] of cases) {
    it(`counts and sums exactly as Arquero does, for ${what}`, () => {
      for (const column of [null, 'school']) {
        for (const sum of [null, 'hours']) {
          const expected = reference(t, column, sum);
          if (column === null && !expected.has(TOTAL_CATEGORY)) expected.set(TOTAL_CATEGORY, { n: 0, sum: 0, fp: [0, 0] });
          assert.deepEqual(statBy(t, column, sum), expected, `${column} ${sum}`);
        }
      }
    });
  }

  it('adds the unknown groups (null, \'\', undefined) in the order of their first row, as Arquero does, whatever the table order', () => {
    // (1 + 1e16) − 1e16 is 0 and (−1e16 + 1e16) + 1 is 1 in floating point: the order shows.
    const t = aq.from([
      { school: '', hours: 1, start: 2, _h1: 1, _h2: 1 },
      { school: null, hours: 1e16, start: 1, _h1: 1, _h2: 1 },
      { school: undefined, hours: -1e16, start: 0, _h1: 1, _h2: 1 },
    ]).orderby('start');
    assert.equal(reference(t, 'school', 'hours').get(UNKNOWN_CATEGORY)?.sum, 0);
    assert.deepEqual(statBy(t, 'school', 'hours'), reference(t, 'school', 'hours'));
  });

  it('names a column the table lacks, for the note "the source data has no … column"', () => {
    assert.throws(() => statBy(table, null, 'amount'), (e: Error & { column?: string }) => e.column === 'amount');
  });
});
