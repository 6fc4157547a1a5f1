/** Generated sentences never name an extreme among withheld cells and never end in a symbol. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import { breakdownDescription, breakdowns, targetStatus } from '../../src/lib/site/views.ts';
import trainingCycle360 from '../../src/lib/indicators/training/training_cycle_360.ts';
import { sayText } from '../../src/lib/site/format.ts';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import fulltimeTeachers from '../../src/lib/indicators/workforce/fulltime_teachers.ts';

const cell = (category: string, value: number | null, symbol = ''): Estimate =>
  ({ year: 2024, indicator: 'fulltime_teachers', dimension: 'stage', category, value, symbol, numerator: value, denominator: null } as unknown as Estimate);

function indicator(rows: Estimate[]): IndicatorData {
  const { measure: _, ...rest } = fulltimeTeachers;
  return { ...rest, breakdowns: ['stage'], estimates: rows } as unknown as IndicatorData;
}

describe('a breakdown\'s sentence', () => {
  it('names the highest and lowest when every category is published', () => {
    const ind = indicator([cell('小学', 120), cell('初中', 80), cell('高中', 60)]);
    assert.equal(breakdownDescription(ind, breakdowns(ind, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，专任教师最高为小学（120人），最低为高中（60人）。');
  });

  it('with a withheld category, names extremes only among the published ones and counts the rest', () => {
    const ind = indicator([cell('小学', 120), cell('初中', 80), cell('高中', null, 'c'), cell('不详', 2)]);
    const zh = breakdownDescription(ind, breakdowns(ind, 2024, 'zh')[0]!, 'zh');
    assert.equal(zh, '2024年按学段分，在可公开的类别中，专任教师最高为小学（120人），最低为初中（80人）；另有 1 类数据不足以公开，未参与比较。');
    assert.doesNotMatch(zh, /不详（/, 'unknown is never an extreme');
    const en = breakdownDescription(ind, breakdowns(ind, 2024, 'en')[0]!, 'en');
    assert.match(en, /among the published categories.*1 more is too few to publish/);
  });

  it('says 数据不足以公开 where nothing can be compared', () => {
    const one = indicator([cell('小学', 120), cell('初中', null, 'c')]);
    assert.equal(breakdownDescription(one, breakdowns(one, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，小学为120人；另有 1 类数据不足以公开，未参与比较。');
    const none = indicator([cell('小学', null, 'c'), cell('初中', null, 'c')]);
    assert.equal(breakdownDescription(none, breakdowns(none, 2024, 'zh')[0]!, 'zh'), '2024年按学段分：数据不足以公开。');
  });

  it('puts symbols into words', () => {
    assert.equal(sayText('c', 'zh'), '数据不足以公开');
    assert.equal(sayText('x', 'en'), 'not available');
    assert.equal(sayText('12人', 'zh'), '12人');
  });
});

describe('a target\'s verdict', () => {
  const cycle = { ...trainingCycle360, target: { value: 100, direction: 'atLeast', label: { zh: '100%', en: '100%' }, source: '' }, estimates: [] } as unknown as IndicatorData;
  const share = (year: number, value: number) => ({ year, indicator: 'training_cycle_360', dimension: 'total', category: '合计', value, symbol: '', numerator: null, denominator: null }) as unknown as Estimate;
  const policy = { policy: { training_cycle_start: 2021 } } as unknown as Pick<SiteData, 'policy'>;

  it('is not “not met” for a five-year cycle before its last year: the figure is progress so far', () => {
    assert.equal(targetStatus(cycle, share(2024, 26.6), 'zh', policy), '目标100%：2021—2025年周期未结束，为截至本年的进度');
    assert.equal(targetStatus(cycle, share(2024, 26.6), 'en', policy), 'Target 100%: the 2021–2025 cycle is not over; progress so far');
    assert.equal(targetStatus(cycle, share(2025, 96.6), 'zh', policy), '目标100%：未达到');
    assert.equal(targetStatus(cycle, share(2024, 100), 'zh', policy), '目标100%：已达到');
    // Another cycle start in site.yaml moves the cycle's end.
    assert.equal(targetStatus(cycle, share(2024, 50), 'zh', { policy: { training_cycle_start: 2020 } } as unknown as Pick<SiteData, 'policy'>), '目标100%：未达到');
  });
});
