/** Stacked structure bars never stop short of 100% without saying why (src/lib/charts/stacked.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stackedBars, withheldRemainders } from '../../src/lib/charts/stacked.ts';

// 2024 高中 in the sample: 正高级 (2 people) withheld, and 高级 with it so 正高级 cannot be worked out.
const segments = [
  { bar: '高中', part: '正高级', value: null, text: 'c' },
  { bar: '高中', part: '高级', value: null, text: 'c' },
  { bar: '高中', part: '一级', value: 29.3, text: '29.3%' },
  { bar: '高中', part: '二级', value: 34.1, text: '34.1%' },
  { bar: '高中', part: '三级', value: 8.3, text: '8.3%' },
  { bar: '高中', part: '未定级', value: 6.5, text: '6.5%' },
  { bar: '初中', part: '一级', value: 60, text: '60%' },
  { bar: '初中', part: '二级', value: 40, text: '40%' },
];

describe('a stacked bar with withheld parts', () => {
  it('is completed to 100% by one grey part naming the withheld ones', () => {
    const rest = withheldRemainders(segments, ['高中', '初中'], '不予公布（c）', true);
    assert.equal(rest.length, 1);
    assert.equal(rest[0]!.bar, '高中');
    assert.ok(Math.abs(rest[0]!.value! - 21.8) < 1e-9);
    assert.equal(rest[0]!.text, '正高级、高级：c（不予公布）');
  });

  it('draws that part in the chart, with its tooltip and a c, in both languages', () => {
    const zh = stackedBars({ title: '2024年按学段分', description: '', segments, parts: ['正高级', '高级', '一级', '二级', '三级', '未定级'], bars: ['初中', '高中'], horizontal: true, valueLabel: '%' });
    assert.match(zh, /<title>高中 · 正高级、高级：c（不予公布）<\/title>/);
    assert.match(zh, /不予公布（c）/); // in the legend
    const en = stackedBars({ title: '2024 by stage', description: '', segments: segments.map((s) => ({ ...s, part: s.part === '正高级' ? 'Professorate' : s.part === '高级' ? 'Senior' : s.part })), parts: ['Professorate', 'Senior', '一级', '二级', '三级', '未定级'], bars: ['初中', '高中'], horizontal: true, valueLabel: '%' });
    assert.match(en, /Professorate, Senior: c \(withheld\)/);
  });
});
