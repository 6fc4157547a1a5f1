/**
 * A figure and its verdict never contradict each other: a rate of 9.96% against a target of at
 * least 10% is written 9.96% beside 未达到 (not 10.0%), in the pages, the CSV and the Excel
 * downloads; a 优质均衡 school or coefficient likewise against its line; and a figure at its line
 * by arithmetic (0.29 × 100 = 28.999999999999996) meets it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { ENGLISH_SHEET, indicatorsWorkbook } from '../../src/lib/downloads/xlsx.ts';
import { tidyRows } from '../../src/lib/downloads/tidy.ts';
import exchangeRateEligible from '../../src/lib/indicators/exchange/exchange_rate_eligible.ts';
import { meetsTarget, reaches, verdictDecimals } from '../../src/lib/indicators/verdict.ts';
import type { Estimate, Target } from '../../src/lib/indicators/types.ts';
import { coefficientText, figureCell } from '../../src/lib/site/balance-view.ts';
import type { IndicatorData } from '../../src/lib/site/data.ts';
import { formatEstimate } from '../../src/lib/site/format.ts';
import { targetStatus } from '../../src/lib/site/views.ts';

const atLeast10: Target = { value: 10, direction: 'atLeast', label: { zh: '不低于10%', en: 'at least 10%' }, source: '教师〔2014〕4号' };
const estimate = (value: number, category = '全部'): Estimate =>
  ({ year: 2024, indicator: 'exchange_rate_eligible', dimension: category === '全部' ? 'total' : 'school', category, value, numerator: null, denominator: null, symbol: '', basis: 'share' }) as Estimate;
/** 交流轮岗比例（政策口径） as the site publishes it, its target resolved as site.yaml's 10% gives it. */
const indicator = (...estimates: Estimate[]): IndicatorData => {
  const { measure: _, target: __, ...rest } = exchangeRateEligible;
  return { ...rest, target: atLeast10, estimates } as IndicatorData;
};
const policy = { policy: { training_cycle_start: 2016, training_cycle_years: 5 } } as never;

describe('a figure beside its target', () => {
  it('is written with the decimals that keep it on its verdict’s side of the line', () => {
    assert.equal(verdictDecimals(9.96, 1, 10, 'atLeast'), 2);
    assert.equal(verdictDecimals(9.996, 1, 10, 'atLeast'), 3);
    assert.equal(verdictDecimals(99.97, 1, 100, 'atLeast'), 2);
    assert.equal(verdictDecimals(10.04, 1, 10, 'atLeast'), 1, 'rounding down to the line keeps a met figure met');
    assert.equal(verdictDecimals(12.34, 1, 10, 'atLeast'), 1);
    assert.equal(verdictDecimals(0.5004, 3, 0.5, 'atMost'), 4);
  });

  it('reads 9.96% beside 未达到 on the pages, and 12.3% as ever', () => {
    const ind = indicator(estimate(9.96));
    assert.equal(formatEstimate(estimate(9.96), ind, 'zh', true), '9.96%');
    assert.equal(targetStatus(ind, estimate(9.96), 'zh', policy), '目标不低于10%：未达到');
    assert.equal(formatEstimate(estimate(12.34), ind, 'en', true), '12.3%');
    assert.equal(formatEstimate(estimate(10), ind, 'zh'), '10.0');
    assert.equal(targetStatus(ind, estimate(10), 'en', policy), 'Target at least 10%: met');
  });

  it('is 9.96 in the CSV and in the Excel workbook, where Excel shows it 9.96', () => {
    const ind = indicator(estimate(9.96), estimate(12.34, '一中'));
    assert.deepEqual(tidyRows(ind).map((r) => r.value), [9.96, 12.3]);
    const wb = XLSX.read(indicatorsWorkbook([ind]), { type: 'array', cellNF: true });
    const ws = wb.Sheets[ENGLISH_SHEET]!;
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(ws, { header: 1, raw: false });
    assert.equal(rows.find((r) => r[2] === 'All')![4], '9.96');
    assert.equal(rows.find((r) => r[2] !== 'All' && r[0] !== rows[0]![0])![4], '12.3');
  });

  it('meets a line it is at by arithmetic', () => {
    assert.equal((0.29 * 100) >= 29, false, 'the binary fraction this guards against');
    assert.equal(reaches(0.29 * 100, 29, 'atLeast'), true);
    assert.equal(meetsTarget(atLeast10, 0.1 * 3 * 100 / 3), true);
    assert.equal(reaches(0.5 + 1e-12, 0.5, 'atMost'), true);
  });
});

describe('a 优质均衡 figure beside its line', () => {
  it('shows a school just short of its line short of it, and a coefficient just over its ceiling over it', () => {
    assert.equal(figureCell({ value: 4.199, count: 21, symbol: '', line: 4.2, pass: false }, 'zh'), '4.199 ✗');
    assert.equal(figureCell({ value: 4.5, count: 21, symbol: '', line: 4.2, pass: true }, 'zh'), '4.50 ✓');
    assert.equal(coefficientText({ value: 0.5004, symbol: '', max: 0.5 }, 'en'), '0.5004');
    assert.equal(coefficientText({ value: 0.412, symbol: '', max: 0.5 }, 'en'), '0.412');
    assert.equal(coefficientText({ value: null, symbol: 'c', max: 0.5 }, 'en'), 'c');
  });
});
