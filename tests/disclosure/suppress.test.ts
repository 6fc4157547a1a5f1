import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyDisclosure } from '../../src/lib/disclosure/suppress.ts';
import type { DimensionId, Estimate } from '../../src/lib/indicators/types.ts';

const count = (dimension: DimensionId, category: string, n: number): Estimate => ({ year: 2024, indicator: 'i', dimension, category, value: n, numerator: n, denominator: null, symbol: '', basis: 'count' });
const rate = (dimension: DimensionId, category: string, num: number, den: number): Estimate => ({ year: 2024, indicator: 'r', dimension, category, value: (num / den) * 100, numerator: num, denominator: den, symbol: '', basis: 'share' });
const symbols = (es: Estimate[]) => Object.fromEntries(es.map((e) => [e.category, e.symbol || e.value]));

describe('disclosure control (k = 5)', () => {
  it('suppresses a count of 1–4 people, and then the next smallest cell so it cannot be recovered from the total', () => {
    const out = applyDisclosure([count('total', '全部', 60), count('locality', '城区', 40), count('locality', '镇区', 17), count('locality', '乡村', 3)], { threshold: 5 });
    // 乡村 3 < 5 → c; alone it would be 60 − 40 − 17, so the next smallest (镇区 17) goes too.
    assert.deepEqual(symbols(out.filter((e) => e.dimension === 'locality')), { 城区: 40, 镇区: 'c', 乡村: 'c' });
    assert.equal(out.find((e) => e.dimension === 'total')?.value, 60);
  });

  it('publishes zero: no one is identified by an empty cell', () => {
    const out = applyDisclosure([count('total', '全部', 20), count('sex', '男', 0), count('sex', '女', 20)], { threshold: 5 });
    assert.deepEqual(symbols(out.filter((e) => e.dimension === 'sex')), { 男: 0, 女: 20 });
  });

  it('suppresses a rate whose numerator is 3, and its complement secondarily', () => {
    const out = applyDisclosure([rate('total', '全部', 30, 100), rate('stage', '小学', 3, 40), rate('stage', '初中', 27, 60)], { threshold: 5 });
    assert.deepEqual(symbols(out.filter((e) => e.dimension === 'stage')), { 小学: 'c', 初中: 'c' });
    assert.equal(out.find((e) => e.category === '小学')?.numerator, null, 'no numerator survives beside the c');
  });

  it('suppresses a rate over fewer than 2k (10) people', () => {
    const out = applyDisclosure([rate('total', '全部', 5, 9)], { threshold: 5 });
    assert.equal(out[0]?.symbol, 'c');
  });
});

describe('secondary suppression in a structure within groups', () => {
  it('protects a cell across groups as well as within its own group', () => {
    const share = (dimension: string, category: string, n: number, total: number): Estimate => ({ year: 2024, indicator: 's', dimension, category, value: (n / total) * 100, numerator: n, denominator: total, symbol: '', basis: 'share' });
    // Age bands within stages; 学前|55-59 is 2 people. The bureau-wide 全部|55-59 is published, so
    // 学前|55-59 could be recovered from the 55-59 column, and from the 学前 row: both need a partner.
    const out = applyDisclosure([
      share('ageBand', '全部|≤54', 180, 200), share('ageBand', '全部|55-59', 20, 200),
      share('stage:ageBand', '学前|≤54', 38, 40), share('stage:ageBand', '学前|55-59', 2, 40),
      share('stage:ageBand', '小学|≤54', 142, 160), share('stage:ageBand', '小学|55-59', 18, 160),
    ], { threshold: 5 });
    const sym = Object.fromEntries(out.map((e) => [e.category, e.symbol || 'published']));
    assert.equal(sym['学前|55-59'], 'c');
    assert.equal(sym['学前|≤54'], 'c', 'row partner');
    assert.equal(sym['小学|55-59'], 'c', 'column partner');
    assert.equal(sym['小学|≤54'], 'c', 'then the 小学 row and ≤54 column each had one');
    assert.equal(sym['全部|55-59'], 'published');
  });
});
