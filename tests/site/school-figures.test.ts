/**
 * A school's figure in a year with no row for it: 0 for a count of nobody (no one exchanged), but
 * – for a school that was not on that year's roster at all (it opened later): its page and the
 * schools index must not say it had 0 staff before it existed.
 *
 * The county: 城关小学 on every roster 2023–2024, nobody exchanged in 2024; 新区小学 opened in 2024.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import exchangeCount from '../../src/lib/indicators/exchange/exchange_count.ts';
import staffTotal from '../../src/lib/indicators/workforce/staff_total.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import { peerName, schoolFigure, schoolSeries } from '../../src/lib/site/views.ts';

const count = (indicator: string, year: number, dimension: string, category: string, value: number): Estimate =>
  ({ year, indicator, dimension, category, value, numerator: value, denominator: null, symbol: '', basis: 'count' }) as Estimate;

function indicator(ind: Indicator, estimates: Estimate[]): IndicatorData {
  const { measure: _, target: __, ...rest } = ind;
  return { ...rest, estimates } as IndicatorData;
}

const data = {
  indicators: [
    indicator(staffTotal, [count('staff_total', 2023, 'total', '全部', 40), count('staff_total', 2023, 'school', '城关小学', 40), count('staff_total', 2024, 'total', '全部', 70), count('staff_total', 2024, 'school', '城关小学', 42), count('staff_total', 2024, 'school', '新区小学', 28)]),
    indicator(exchangeCount, [count('exchange_count', 2023, 'total', '全部', 6), count('exchange_count', 2023, 'school', '城关小学', 6), count('exchange_count', 2024, 'total', '全部', 7), count('exchange_count', 2024, 'school', '新区小学', 7)]),
  ],
  years: [2023, 2024],
  latestYear: 2024,
  region: { zh: '示例县', en: 'Sample County' },
  policy: {},
} as unknown as SiteData;

describe('a school’s figure with no row', () => {
  it('is 0 for a count of nobody at a school on the roster', () => {
    assert.equal(schoolFigure(data, 'exchange_count', '城关小学', 2024, 'zh'), '0');
  });

  it('is –, not 0, in a year the school was on no roster (before it opened)', () => {
    assert.equal(schoolFigure(data, 'staff_total', '新区小学', 2023, 'zh'), '–');
    assert.equal(schoolFigure(data, 'exchange_count', '新区小学', 2023, 'en'), '–');
    assert.equal(schoolFigure(data, 'staff_total', '新区小学', 2024, 'zh'), '28');
    const { points } = schoolSeries(data, data.indicators[0]!, { name: '新区小学', peer: null }, 'zh');
    assert.deepEqual(points.map((p) => [p.year, p.value, p.plain]), [[2023, null, '–'], [2024, 28, '28']], 'the chart draws no 0 staff for 2023');
  });
});

describe('a school’s similar schools, as its page names them', () => {
  it('says 乡村小学 and 城区幼儿园, not 乡村小学学校 or “pre-school schools”', () => {
    assert.equal(peerName('小学·乡村', 'zh'), '乡村小学');
    assert.equal(peerName('学前·城区', 'zh'), '城区幼儿园');
    assert.equal(peerName('特殊教育·城区', 'zh'), '城区特殊教育学校');
    assert.equal(peerName('小学;初中·乡村', 'zh'), '乡村小学、初中学校');
    assert.equal(peerName('小学·乡村', 'en'), 'rural primary schools');
    assert.equal(peerName('学前·镇区', 'en'), 'town kindergartens');
    assert.equal(peerName('小学;初中·镇区', 'en'), 'town primary and lower secondary schools');
  });
});
