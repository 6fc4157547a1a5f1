/**
 * Each chart component renders fixed input to SVG that is compared with a committed
 * snapshot, as Observable Plot's own tests do: a chart change shows up as a reviewable diff.
 * On a mismatch the new SVG is written beside the snapshot as `<name>-changed.svg`
 * (git-ignored). A missing snapshot is written when run locally and fails in CI.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { againstLineChart, coefficientTrendChart } from '../../src/lib/charts/balance.ts';
import { barChart } from '../../src/lib/charts/bars.ts';
import { schoolDots, schoolHistogram } from '../../src/lib/charts/dots.ts';
import { groupedBars } from '../../src/lib/charts/grouped.ts';
import { smallMultiples } from '../../src/lib/charts/multiples.ts';
import { sparkline } from '../../src/lib/charts/spark.ts';
import { stackedBars } from '../../src/lib/charts/stacked.ts';
import { trendChart } from '../../src/lib/charts/trend.ts';
import { linesChart } from '../../src/lib/charts/lines.ts';
import { NARROW } from '../../src/lib/charts/render.ts';

const DIR = join('tests', 'charts', 'snapshots');

/** Numbers to three decimals, as Plot's harness does, so floating-point noise is not a diff. */
const normalise = (svg: string) => svg.replace(/\d+\.\d{4,}/g, (n) => String(Number(Number(n).toFixed(3))));

async function matchesSnapshot(name: string, render: () => string): Promise<void> {
  const svg = normalise(render());
  assert.equal(normalise(render()), svg, `${name} renders the same bytes twice`);
  assert.match(svg, /role="img"/);
  assert.match(svg, /aria-label="[^"]+"/);
  const path = join(DIR, `${name}.svg`);
  if (!existsSync(path)) {
    assert.ok(!process.env['CI'], `snapshot ${path} is missing: run the tests locally and commit it`);
    await writeFile(path, svg);
    return;
  }
  const expected = await readFile(path, 'utf8');
  if (expected !== svg) {
    await writeFile(join(DIR, `${name}-changed.svg`), svg);
    assert.fail(`${name} differs from its snapshot; see ${name}-changed.svg`);
  }
}

const years = [2020, 2021, 2022, 2023, 2024];
const parts = ['正高级', '高级', '一级', '二级'];
const segments = years.flatMap((y, i) => parts.map((p, j) => ({ bar: String(y), part: p, value: [2, 20 + i, 40, 38 - i][j]!, text: `${[2, 20 + i, 40, 38 - i][j]}%` })));
const STAGE_OF: Record<string, string> = { 2020: '学前', 2021: '小学', 2022: '初中', 2023: '高中', 2024: '中职' };

/** Every chart component with fixed input, drawn at a width (undefined: its own, 640). */
const CASES: Record<string, { what: string; draw: (width: number | undefined) => string }> = {
  trend: {
    what: 'trend line with a target rule, the last value labelled, and a withheld year marked c',
    draw: (width) => trendChart({
      title: '交流轮岗比例', description: '2020年至2024年由11.0%变为13.5%。', yLabel: '%', width,
      points: years.map((year, i) => ({ year, value: i === 2 ? null : 11 + i * 0.625, text: i === 2 ? 'c' : `${(11 + i * 0.625).toFixed(1)}%` })),
      target: { value: 10, label: '不低于10%' },
    }),
  },
  bars: {
    what: 'horizontal bars for one year’s breakdown',
    draw: (width) => barChart({
      title: '按学段分', description: '小学最多。', xLabel: '人', width,
      bars: [{ label: '学前', value: 320, text: '320人' }, { label: '小学', value: 1900, text: '1,900人' }, { label: '初中', value: 1100, text: '1,100人' }, { label: '高中', value: null, text: 'c' }],
    }),
  },
  'stacked-years': {
    what: 'stacked structure bars over the years',
    draw: (width) => stackedBars({ title: '职称结构', description: '高级占比上升。', segments, parts, bars: years.map(String), horizontal: false, valueLabel: '%', width }),
  },
  'stacked-groups': {
    what: 'stacked structure bars by group',
    draw: (width) => stackedBars({ title: '职称结构（按学段）', description: '按学段。', segments: segments.map((s) => ({ ...s, bar: STAGE_OF[s.bar]! })), parts, bars: Object.values(STAGE_OF), horizontal: true, valueLabel: '%', width }),
  },
  multiples: {
    what: 'small multiples by stage, side by side (stacked on phones)',
    draw: (width) => smallMultiples({
      title: '各学段', description: '小学最高。', yLabel: '%', groups: ['小学', '初中', '高中'], width,
      points: ['小学', '初中', '高中'].flatMap((group, g) => years.map((year, i) => ({ group, year, value: 50 + g * 10 + i * 2, text: `${50 + g * 10 + i * 2}%`}))),
    }),
  },
  grouped: {
    what: 'urban, town and rural grouped bars, a withheld bar labelled c',
    draw: (width) => groupedBars({
      title: '城乡对比', description: '乡村最低。', yLabel: '%', groups: ['城区', '镇区', '乡村'], width,
      bars: years.flatMap((year, i) => ['城区', '镇区', '乡村'].map((group, g) => ({ year, group, value: year === 2021 && group === '镇区' ? null : 80 - g * 5 + i, text: year === 2021 && group === '镇区' ? 'c' : `${80 - g * 5 + i}%` }))),
    }),
  },
  lines: {
    what: 'the two rates behind a gap, on one scale from zero',
    draw: (width) => linesChart({
      title: '本科及以上学历比例', description: '城区和乡村。', yLabel: '%', groups: ['城区', '乡村'], width,
      points: ['城区', '乡村'].flatMap((group, g) => years.map((year, i) => ({ group, year, value: 70 + i * 2 - g * 6, text: `${70 + i * 2 - g * 6}%`}))),
    }),
  },
  dots: {
    what: 'school dot plot',
    draw: (width) => schoolDots({
      title: '按学校', description: '各校分布。', xLabel: '%', groups: ['城区', '乡村'], width,
      dots: [{ school: '一小', group: '城区', value: 90, text: '90%' }, { school: '二小', group: '城区', value: 75, text: '75%' }, { school: '村小', group: '乡村', value: 60, text: '60%' }],
    }),
  },
  'stacked-withheld': {
    what: 'stacked bars where parts are withheld (c): the rest of the whole drawn grey, named in its tooltip',
    draw: (width) => stackedBars({
      title: '2024年按学段分', description: '高中正高级、高级数据不足以公开。', parts, bars: ['初中', '高中'], horizontal: true, valueLabel: '%', width,
      segments: [
        ...parts.map((part, j) => ({ bar: '初中', part, value: [1, 21, 40, 38][j]!, text: `${[1, 21, 40, 38][j]}%` })),
        ...parts.map((part, j) => ({ bar: '高中', part, value: j < 2 ? null : [0, 0, 45, 30][j]!, text: j < 2 ? 'c' : `${[0, 0, 45, 30][j]}%` })),
      ],
    }),
  },
  'dots-linked': {
    what: 'school dots sharing a figure stacked side by side, the highest and lowest named, each a link to its school',
    draw: (width) => schoolDots({
      title: 'By school', description: 'Schools.', xLabel: '%', groups: ['Urban', 'Rural'], width,
      dots: ['A', 'B', 'C', 'D', 'E'].map((s, i) => ({ school: `${s} Primary School`, group: i % 2 ? 'Rural' : 'Urban', value: i < 3 ? 80 : 60 + i, text: `${i < 3 ? 80 : 60 + i}%`, href: `/en/schools/${s}/` })),
    }),
  },
  'multiples-long-names': {
    what: 'small multiples whose English panel names are folded to fit their panels',
    draw: (width) => smallMultiples({
      title: 'By stage', description: 'Stages.', yLabel: '%', width,
      groups: ['Pre-school', 'Primary', 'Lower secondary', 'Upper secondary', 'Secondary vocational', 'Special education'],
      points: ['Pre-school', 'Primary', 'Lower secondary', 'Upper secondary', 'Secondary vocational', 'Special education'].flatMap((group, g) => years.map((year, i) => ({ group, year, value: 40 + g * 8 + i, text: `${40 + g * 8 + i}%` }))),
    }),
  },
  'trend-money': {
    what: 'a trend of yuan in the millions: ticks in 万, the margin fitting them',
    draw: (width) => trendChart({
      title: '乡村教师生活补助', description: '上升。', yLabel: '元', width,
      points: years.map((year, i) => ({ year, value: 5_083_200 + i * 1_374_000, text: `${(5_083_200 + i * 1_374_000).toLocaleString('en')}元` })),
    }),
  },
  'trend-cycles': {
    what: 'a training cycle’s completion: one line per five-year cycle, broken where a cycle starts again',
    draw: (width) => trendChart({
      title: '五年周期360学时完成率', description: '2021—2025年培训周期内由0.0%变为26.6%。', yLabel: '%', width, target: { value: 100, label: '100%' },
      points: [[2019, 40], [2020, 58], [2021, 0], [2022, 8.4], [2023, 17.5], [2024, 26.6]].map(([year, value]) => ({ year: year!, value: value!, text: `${value!.toFixed(1)}%`, segment: year! < 2021 ? 2016 : 2021 })),
    }),
  },
  'trend-zeros': {
    what: 'a count that is 0 every year: ticks 0 and 1, never 0.000000',
    draw: (width) => trendChart({ title: '交流轮岗人数', description: '均为0。', yLabel: '人', width, points: years.map((year) => ({ year, value: 0, text: '0人' })) }),
  },
  histogram: {
    what: 'schools as a histogram per area (past SCHOOL_DOTS_MAX schools)',
    draw: (width) => schoolHistogram({
      title: '按学校', description: '各校分布。', xLabel: '%', groups: ['城区', '乡村'], width,
      dots: Array.from({ length: 300 }, (_, i) => ({ school: `第${i}校`, group: i % 3 ? '乡村' : '城区', value: 40 + ((i * 37) % 60), text: '' })),
    }),
  },
  'against-line': {
    what: 'each school against the 优质均衡 line, filled where it reaches it, hollow where not, long names cut to the margin',
    draw: (width) => againstLineChart({
      title: '小学：每百名学生拥有体育艺术专任教师数', description: '2所达标，1所未达标。', xLabel: '每百名学生（人）', width,
      line: { value: 0.9, label: '标准 0.9' },
      schools: [{ label: '城关小学', value: 1.2, text: '1.20', pass: true }, { label: 'Shiqiao Baishu Village Primary School', value: 0.95, text: '0.95', pass: true }, { label: '河西村小学', value: 0.6, text: '0.60', pass: false }],
    }),
  },
  'coefficient-trend': {
    what: 'difference coefficients over the years against the highest allowed, a missing year marked x',
    draw: (width) => coefficientTrendChart({
      title: '小学差异系数', description: '骨干教师系数高于0.50。', yLabel: '差异系数', groups: ['高于规定学历', '县级及以上骨干'], width,
      max: { value: 0.5, label: '要求 0.50' },
      points: years.flatMap((year, i) => [{ group: '高于规定学历', year, value: 0.2 + i * 0.01, text: (0.2 + i * 0.01).toFixed(3) }, { group: '县级及以上骨干', year, value: i === 0 ? null : 0.45 + i * 0.03, text: i === 0 ? 'x' : (0.45 + i * 0.03).toFixed(3) }]),
    }),
  },
};

describe('chart components render as their snapshots', () => {
  for (const [name, { what, draw }] of Object.entries(CASES)) {
    it(`${what}`, () => matchesSnapshot(name, () => draw(undefined)));
    it(`${what}, drawn for phones`, () => matchesSnapshot(`${name}-narrow`, () => draw(NARROW)));
  }

  it('sparkline', () => matchesSnapshot('sparkline', () => sparkline([3, 4, null, 5, 7], { title: '趋势', description: '上升。' })));
});

describe('the school chart of an indicator page at a province of 14,000 schools', () => {
  it('weighs no more than at 300 schools: a histogram per area, not a dot each', () => {
    const draw = (n: number) => schoolHistogram({
      title: '按学校', description: '各校分布。', xLabel: '%', groups: ['城区', '镇区', '乡村'],
      dots: Array.from({ length: n }, (_, i) => ({ school: `第${i}校`, group: ['城区', '镇区', '乡村'][i % 3]!, value: (i * 37) % 101, text: `${(i * 37) % 101}%` })),
    });
    const [small, province] = [draw(300).length, draw(14_000).length];
    assert.ok(province < 30_000, `${province} characters`);
    assert.ok(province <= small * 1.1, `${province} characters at 14,000 schools, ${small} at 300`);
  });
});
