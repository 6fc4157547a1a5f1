/**
 * Charts drawn by worker threads while pages render (src/lib/charts/parallel.ts): a page filled
 * from the workers holds exactly the drawing it would have had drawn on the spot, a chart that
 * fails to draw fails the build, and past its memory budget the pool hands drawing back.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openChartStore, saveChartStore } from '../../src/lib/charts/cache.ts';
import { ChartPool } from '../../src/lib/charts/parallel.ts';
import { trendChart } from '../../src/lib/charts/trend.ts';
import { linesChart } from '../../src/lib/charts/lines.ts';

const dir = await mkdtemp(join(tmpdir(), 'yuanding-charts-'));
after(() => rm(dir, { recursive: true, force: true }));

const trend = (title: string) => ({
  title,
  description: '在编教师数逐年上升。',
  points: [2022, 2023, 2024].map((year, i) => ({ year, value: 100 + i * 7, text: `${100 + i * 7}人` })),
  yLabel: '人',
  width: 340,
});
const lines = {
  title: '东湖县实验小学 · 生师比',
  description: '线条为本校、同类学校和全县的历年数值。',
  points: ['本校', '同类学校', '全县'].flatMap((group, g) => [2022, 2023, 2024].map((year) => ({ group, year, value: 14 + g + (year % 3) / 2, text: `${14 + g}:1` }))),
  groups: ['本校', '同类学校', '全县'],
  yLabel: '生师比',
};

describe('charts drawn in worker threads', () => {
  it('fills every page with the same drawing as drawing it on the spot, once per chart', async () => {
    const expected = [trendChart(trend('专任教师 · 趋势')), linesChart(lines)];
    const pool = new ChartPool(2);
    try {
      await openChartStore(null, pool.defer);
      const first = trendChart(trend('专任教师 · 趋势'));
      const second = linesChart(lines);
      assert.match(first, /^<!--yuanding-chart:/, 'a chart not in the store waits for a worker');
      assert.equal(trendChart(trend('专任教师 · 趋势')), first, 'the same chart asked for twice is drawn once');
      await mkdir(join(dir, 'zh', 'a'), { recursive: true });
      await writeFile(join(dir, 'zh', 'a', 'index.html'), `<main>${first}<p>x</p>${second}${first}</main>`);
      await writeFile(join(dir, 'plain.html'), '<main>no charts</main>');
      assert.equal(await pool.fill(dir), 1, 'one page held charts');
      assert.equal(await readFile(join(dir, 'zh', 'a', 'index.html'), 'utf8'), `<main>${expected[0]}<p>x</p>${expected[1]}${expected[0]}</main>`);
      assert.equal(await readFile(join(dir, 'plain.html'), 'utf8'), '<main>no charts</main>');
    } finally {
      await pool.close();
    }
    assert.deepEqual(await saveChartStore(null), { drawn: 2, reused: 0 }, 'three asks for two charts, none in the store');
  });

  it('fails the build, naming the chart, when a drawing fails', async () => {
    const pool = new ChartPool(1);
    try {
      const marker = pool.defer('A'.repeat(43) + '=', 'noSuchChart', []);
      assert.ok(marker);
      await writeFile(join(dir, 'bad.html'), marker);
      await assert.rejects(pool.fill(dir), /noSuchChart/);
    } finally {
      await pool.close();
    }
  });

  it('past its memory budget, leaves the drawing to the page', async () => {
    const pool = new ChartPool(1, 0);
    try {
      await openChartStore(null, pool.defer);
      assert.match(trendChart(trend('在岗 · 趋势')), /^<svg /);
    } finally {
      await saveChartStore(null);
      await pool.close();
    }
  });

  it("draws a school's chart once for both languages, each page reading exactly as if drawn directly", async () => {
    const english = {
      title: 'Donghu Experimental Primary School · Pupils per teacher',
      description: 'The lines are this school, similar schools and the whole county, year by year.',
      points: lines.points.map((p) => ({ ...p, group: { 本校: 'This school', 同类学校: 'Similar schools', 全县: 'County' }[p.group]!, text: p.text.replace(':1', ' : 1') })),
      groups: ['This school', 'Similar schools', 'County'],
      yLabel: 'pupils per teacher',
    };
    // Markup in a word (a clerk's free text) is put in escaped, exactly as the SVG writer escapes it.
    const hostile = {
      ...english,
      title: `示例县<script>alert(1)</script>小学 & "Middle" School's · </title><img src=x onerror=alert(2)>`,
      groups: [`"'><svg onload=alert(3)>`, 'Similar & <b>schools</b>', 'County'],
      points: english.points.map((p) => ({ ...p, group: p.group === 'This school' ? `"'><svg onload=alert(3)>` : p.group === 'Similar schools' ? 'Similar & <b>schools</b>' : p.group })),
    };
    // A word with a line break (Plot splits text at it) is drawn with its words, not put in after.
    const broken = { ...english, title: 'Donghu Primary\nand Middle School · Pupils per teacher' };
    const expected = [linesChart(lines), linesChart(english), linesChart(hostile), linesChart(broken)];
    assert.ok(!/<(script|img|svg onload|b>)/.test(expected[2]!), 'the markup in the words is escaped');
    assert.match(expected[2]!, /<title>示例县&lt;script&gt;alert\(1\)&lt;\/script&gt;小学 &amp; &quot;Middle&quot; School&#39;s · &lt;\/title&gt;/);
    const pool = new ChartPool(2);
    try {
      await openChartStore(null, pool.defer);
      await mkdir(join(dir, 'words'), { recursive: true });
      await writeFile(join(dir, 'words', 'index.html'), [linesChart(lines), linesChart(english), linesChart(hostile), linesChart(broken)].join('\n'));
      await pool.fill(join(dir, 'words'));
      assert.equal(await readFile(join(dir, 'words', 'index.html'), 'utf8'), expected.join('\n'));
    } finally {
      await pool.close();
    }
    const file = join(dir, 'words-store.ndjson');
    await saveChartStore(file);
    const kept = (await readFile(file, 'utf8')).trim().split('\n');
    assert.equal(kept.length, 2, 'Chinese, English and the words with markup share one drawing; the one with a line break is drawn apart');
    // From the store of an earlier build, the words are put in on the spot.
    await openChartStore(file);
    assert.deepEqual([linesChart(english), linesChart(lines), linesChart(hostile)], [expected[1], expected[0], expected[2]]);
    assert.deepEqual(await saveChartStore(null), { drawn: 0, reused: 1 }, 'one drawing, reused in both languages');
  });
});
