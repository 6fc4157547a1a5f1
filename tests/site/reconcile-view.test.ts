/** The 减员–流失 table's figures: a category nobody can place is x, never a 0 that breaks the sum. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import exits from '../../src/lib/indicators/exits/exits.ts';
import type { IndicatorData } from '../../src/lib/site/data.ts';
import { breakdownCell } from '../../src/lib/site/reconcile-view.ts';

const row = (year: number, dimension: string, category: string, value: number | null, symbol = ''): Estimate =>
  ({ year, indicator: 'exits', dimension, category, value, symbol, numerator: value, denominator: null }) as unknown as Estimate;
const { measure: _, ...rest } = exits;
const ind = {
  ...rest,
  estimates: [
    // the first year: no roster before it, so every exit record is 不详 against it
    row(2015, 'total', '全部', 74), row(2015, 'exitPerson', '不详', 74),
    row(2016, 'total', '全部', 138), row(2016, 'exitPerson', '上年专任教师', 94), row(2016, 'exitPerson', '仍在本年名册的专任教师', 31), row(2016, 'exitPerson', '上年其他教职工', 13),
  ],
} as unknown as IndicatorData;

describe('the exits and leavers reconciliation’s figures', () => {
  it('gives x, not 0, for a category of a year whose exit records could not be placed (2016’s “2015 records after its statistics date”: 94 + 0 ≠ 119)', () => {
    assert.equal(breakdownCell(ind, 2015, 'exitPerson', '仍在本年名册的专任教师', 'zh'), 'x');
    assert.equal(breakdownCell(ind, 2015, 'exitPerson', '上年专任教师', 'en'), 'x');
  });

  it('gives 0 for a category with nobody in it where everyone was placed, the figure where there is one, x where the breakdown was not made', () => {
    assert.equal(breakdownCell(ind, 2016, 'exitPerson', '不在上年名册', 'zh'), '0');
    assert.equal(breakdownCell(ind, 2016, 'exitPerson', '上年专任教师', 'zh'), '94');
    assert.equal(breakdownCell(ind, 2014, 'exitPerson', '上年专任教师', 'zh'), 'x');
    assert.equal(breakdownCell(undefined, 2016, 'exitPerson', '上年专任教师', 'zh'), 'x');
  });
});
