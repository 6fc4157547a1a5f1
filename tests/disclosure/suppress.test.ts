import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyDisclosure, exposedFigures, isWithheldWhole, WITHHELD_NOTE } from '../../src/lib/disclosure/suppress.ts';
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

  it('suppresses a rate that leaves out 1–4 people (14 of 15 with a degree names the one without), not one that leaves out none or 5', () => {
    const out = applyDisclosure([rate('school', '一小', 14, 15), rate('school', '二小', 15, 15), rate('school', '三小', 10, 15), rate('school', '四小', 36, 40)], { threshold: 5, secondary: false });
    assert.deepEqual(symbols(out), { 一小: 'c', 二小: 100, 三小: (10 / 15) * 100, 四小: 'c' });
    assert.equal(out[0]?.numerator, null, 'neither side survives beside the c');
    assert.equal(out[0]?.denominator, null);
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

/**
 * Figures that share people across breakdowns and indicators (issue "Trust at the edges" 11).
 * Fingerprints stand for the rows behind each figure: [a, b] sums of per-row numbers.
 */
describe('secondary suppression across every figure that shares a population', () => {
  const fp = (...rows: number[]): [number, number] => [rows.reduce((s, r) => s + r * 1009, 0), rows.reduce((s, r) => s + r * 7919, 0)];
  const counted = (indicator: string, year: number, dimension: string, category: string, rows: number[]): Estimate =>
    ({ year, indicator, dimension, category, value: rows.length, numerator: rows.length, denominator: null, symbol: '', basis: 'count', trace: { num: fp(...rows) } });
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

  it('protects a school cell from its urban/rural area total, not only from the bureau total', () => {
    // 镇区 = 甲校 (3 people: c) + 乙校 (20) + 丙校 (30); 城区 = 丁校 (60). Without the area link, the
    // school breakdown has one c beside a published total … and 甲校 = 镇区 − 乙校 − 丙校.
    const es = [
      counted('t', 2024, 'total', '全部', range(0, 113)),
      counted('t', 2024, 'locality', '镇区', range(0, 53)), counted('t', 2024, 'locality', '城区', range(53, 60)),
      counted('t', 2024, 'school', '甲校', range(0, 3)), counted('t', 2024, 'school', '乙校', range(3, 20)),
      counted('t', 2024, 'school', '丙校', range(23, 30)), counted('t', 2024, 'school', '丁校', range(53, 60)),
    ];
    const areas = new Map([[2024, new Map([['甲校', '镇区'], ['乙校', '镇区'], ['丙校', '镇区'], ['丁校', '城区']])]]);
    const out = applyDisclosure(es, { threshold: 5, areas });
    const shown = Object.fromEntries(out.filter((e) => e.dimension === 'school').map((e) => [e.category, e.symbol || e.value]));
    assert.equal(shown['甲校'], 'c');
    assert.equal(shown['乙校'], 'c', 'the smallest other school of the same area');
    assert.deepEqual(exposedFigures(es, out, { threshold: 5, areas }), []);
  });

  it('protects a death among exits from the retirements indicator, which repeats exits of type 退休', () => {
    const es: Estimate[] = [];
    for (const year of [2023, 2024]) {
      const o = year * 1000;
      es.push(counted('exits', year, 'total', '全部', range(o, 74)), counted('exits', year, 'exitType', '退休', range(o, 10)), counted('exits', year, 'exitType', '调出', range(o + 10, 40)),
        counted('exits', year, 'exitType', '辞职', range(o + 50, 22)), counted('exits', year, 'exitType', '死亡', range(o + 72, 2)), counted('retirements', year, 'total', '全部', range(o, 10)));
    }
    const out = applyDisclosure(es, { threshold: 5 });
    const y = (cat: string, ind = 'exits') => out.find((e) => e.year === 2024 && e.indicator === ind && e.category === cat)!;
    assert.equal(y('死亡').symbol, 'c');
    // 退休 is not a useful partner: it is published as retirements. 辞职 is suppressed instead.
    assert.equal(y('退休').value, 10);
    assert.equal(y('全部', 'retirements').value, 10);
    assert.equal(y('辞职').symbol, 'c');
    assert.deepEqual(exposedFigures(es, out, { threshold: 5 }), []);
  });

  it('protects 正高级 in the title structure from the senior-title share, whose numerator is 正高级 + 高级', () => {
    const es: Estimate[] = [];
    const share = (indicator: string, year: number, dimension: string, category: string, num: number[], den: number[]): Estimate =>
      ({ year, indicator, dimension, category, value: (num.length / den.length) * 100, numerator: num.length, denominator: den.length, symbol: '', basis: 'share', trace: { num: fp(...num), den: fp(...den) } });
    for (const year of [2023, 2024]) {
      const o = year * 1000;
      const all = range(o, 200);
      es.push(share('senior_title_share', year, 'total', '全部', range(o, 63), all),
        share('title_structure', year, 'title', '全部|正高级', range(o, 3), all), share('title_structure', year, 'title', '全部|高级', range(o + 3, 60), all),
        share('title_structure', year, 'title', '全部|一级', range(o + 63, 87), all), share('title_structure', year, 'title', '全部|二级', range(o + 150, 50), all));
    }
    const out = applyDisclosure(es, { threshold: 5 });
    const y = (indicator: string, cat: string) => out.find((e) => e.year === 2024 && e.indicator === indicator && e.category === cat)!;
    assert.equal(y('title_structure', '全部|正高级').symbol, 'c');
    // 正高级 = senior numerator − 高级 unless one of them goes too.
    assert.ok(y('title_structure', '全部|高级').symbol === 'c' || y('senior_title_share', '全部').symbol === 'c');
    assert.deepEqual(exposedFigures(es, out, { threshold: 5 }), []);
  });
});

/**
 * A school name misspelt in one roster row (示例县第四小学校 for 示例县第四小学, issue 15 point 5):
 * the one teacher counts in 城区 by the roster, but the "school" is in no area of the schools
 * table, so the relations say 城区 = 甲校 + 乙校 while the figures say otherwise. No single
 * suppression protects the misspelt school's average; the whole school breakdown is withheld.
 */
describe('a figure that secondary suppression cannot protect', () => {
  const average = (dimension: DimensionId, category: string, sum: number, people: number): Estimate =>
    ({ year: 2024, indicator: 'age_mean', dimension, category, value: sum / people, numerator: sum, denominator: people, symbol: '', basis: 'average' });
  const es = [
    average('total', '全部', 1931, 48), average('locality', '城区', 1131, 28), average('locality', '乡村', 800, 20),
    average('school', '甲校', 480, 12), average('school', '乙校', 600, 15), average('school', '丙校', 800, 20), average('school', '甲校校', 51, 1),
    { ...average('stage', '小学', 1931, 48) },
  ];
  const areas = new Map([[2024, new Map([['甲校', '城区'], ['乙校', '城区'], ['丙校', '乡村']])]]);

  it('is withheld with its whole breakdown, with a note saying why, and nothing throws', () => {
    const out = applyDisclosure(es, { threshold: 5, areas });
    const schools = out.filter((e) => e.dimension === 'school');
    assert.deepEqual(schools.map((e) => e.symbol), ['c', 'c', 'c', 'c']);
    assert.ok(schools.every((e) => isWithheldWhole(e) && e.note === WITHHELD_NOTE && e.value === null && e.numerator === null && e.denominator === null));
    // The other breakdowns and the total stay as they were.
    assert.deepEqual(out.filter((e) => e.dimension !== 'school').map((e) => e.value), es.filter((e) => e.dimension !== 'school').map((e) => e.value));
    assert.ok(!out.some((e) => e.dimension !== 'school' && isWithheldWhole(e)));
  });

  it('leaves cells that are not available or not applicable as x and z', () => {
    const out = applyDisclosure([...es, { ...average('school', '丁校', 0, 1), value: null, numerator: null, denominator: null, symbol: 'z' as const }], { threshold: 5, areas });
    assert.equal(out.find((e) => e.category === '丁校')?.symbol, 'z');
    assert.ok(!isWithheldWhole(out.find((e) => e.category === '丁校')!));
  });

  it('withholds nothing whole where single suppressions do', () => {
    const out = applyDisclosure(es.filter((e) => e.category !== '甲校校').map((e) => (e.dimension === 'total' ? average('total', '全部', 1880, 47) : e.category === '城区' ? average('locality', '城区', 1080, 27) : e)), { threshold: 5, areas });
    assert.ok(!out.some(isWithheldWhole));
  });
});
