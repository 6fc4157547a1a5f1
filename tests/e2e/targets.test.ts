/**
 * The targets board read as a county director would: a small county where exactly two schools
 * miss the 10% exchange target, built and served, then opened in Chromium at 360 and 1440 px in
 * both languages. The page must name the two schools with the right gap in people, the table
 * must be complete with scripts off and sort and filter with them on.
 *
 * The county (disclosure threshold 3, so shares over ≥ 6 people with numerators 0 or ≥ 3 show):
 *   城关小学 (城区)  30 eligible,  6 exchanged (20%, met);      3 of the 6 backbone (50%, met)
 *   河口中学 (镇区)  90 eligible,  6 exchanged (6.7%, not met); 0 backbone (0%, not met)
 *     → ceil(0.10 × 90) − 6 = 3 more; of the 9, ceil(0.20 × 9) − 0 = 2 backbone
 *     → backbone alone: x more backbone teachers exchanged, x ÷ (6 + x) ≥ 20%: 2 (2 of 8)
 *   乡村小学 (乡村) 100 eligible,  6 exchanged (6.0%, not met); 3 backbone (50%, met)
 *     → ceil(0.10 × 100) − 6 = 4 more; of the 10, ceil(0.20 × 10) − 3 < 0, so no backbone
 *   第一中学 (城区, 高中) 10 teachers: exchange does not apply (z)
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { serve } from '../../scripts/serve.ts';
import { schoolNameEn } from '../../src/i18n/school-names.ts';
import { backboneShareGap, exchangeGap, peopleNeeded } from '../../src/lib/site/targets.ts';
import { dataFolder, tempDir, xlsxFile, type Cell } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { lighthouseScores } from '../helpers/lighthouse.ts';

const H = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务', '骨干类别', '骨干级别', '进本校年月'];
const SCHOOLS = [
  { name: '城关小学', stage: '小学', area: '城区', teachers: 30, exchanged: 6, backbone: 3, to: '乡村小学' },
  { name: '河口中学', stage: '初中', area: '镇区', teachers: 90, exchanged: 6, backbone: 0, to: '城关小学' },
  { name: '乡村小学', stage: '小学', area: '乡村', teachers: 100, exchanged: 6, backbone: 3, to: '城关小学' },
  { name: '第一中学', stage: '高中', area: '城区', teachers: 10, exchanged: 0, backbone: 0, to: '' },
];
const roster: Cell[][] = [];
const exchange: Cell[][] = [];
SCHOOLS.forEach((s, k) => {
  for (let i = 0; i < s.teachers; i++) {
    const id = `T${k}${String(i).padStart(3, '0')}`;
    const backbone = i < s.backbone;
    roster.push([id, i % 2 ? '男' : '女', '1980-03-01', s.name, s.stage, s.area, '专任教师', '本科', '一级', backbone ? '骨干教师' : '无', backbone ? '县级' : '无', '2010-09-01']);
    if (i < s.exchanged) exchange.push([id, s.name, s.to, '交流轮岗', '否', '教师', '2024-09-01']);
  }
});

const FILES = {
  'site.yaml': 'disclosure_threshold: 3\nsite_url: https://yuanding.example/\n',
  '2024/名册.xlsx': xlsxFile({ rows: [H, ...roster] }),
  '2024/学校.xlsx': xlsxFile({ rows: [['学校名称', '学段', '城乡', '在校生数'], ...SCHOOLS.map((s) => [s.name, s.stage, s.area, s.teachers * 15])] }),
  '2024/交流.xlsx': xlsxFile({ rows: [['教师编号', '原单位', '交流单位', '交流方式', '是否调动人事关系', '人员类别', '开始日期'], ...exchange] }),
};

let site: { url: string; close: () => Promise<void> };
let browser: Browser;

before(async () => {
  const root = await tempDir();
  const out = join(root, 'dist');
  const r = runScript('scripts/build.ts', ['--data', await dataFolder(FILES), '--out', out, '--no-cache']);
  assert.equal(r.status, 0, r.stderr);
  site = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const EXPECTED = {
  zh: { path: '/targets/', lagging: [['河口中学', '还需交流 3 人，其中骨干 2 人'], ['乡村小学', '还需交流 4 人']], backbone: [['河口中学', '还需骨干教师交流 2 人']] },
  en: { path: '/en/targets/', lagging: [[schoolNameEn('河口中学'), '3 more to exchange, 2 of them backbone'], [schoolNameEn('乡村小学'), '4 more to exchange']], backbone: [[schoolNameEn('河口中学'), '2 more backbone teachers to exchange']] },
} as const;

/** The schools listed under a target's heading, with their text. */
const listed = async (page: Page, id: string) => page.locator(`.target-list[data-target="${id}"] li`).allInnerTexts();

describe('the gap in people', () => {
  it('is the fewest more people that meet the target, with enough backbone teachers among them', () => {
    assert.equal(peopleNeeded(0.1, 90), 9);
    assert.equal(peopleNeeded(0.1, 100), 10); // 0.1 × 100 is 10.000000000000002 in floating point
    assert.equal(peopleNeeded(0.2, 6), 2);
    assert.deepEqual(exchangeGap(6, 90, 0.1, { count: 0, target: 0.2 }), { gap: 3, backboneGap: 2 });
    assert.deepEqual(exchangeGap(6, 100, 0.1, { count: 3, target: 0.2 }), { gap: 4, backboneGap: 0 });
    assert.deepEqual(exchangeGap(6, 30, 0.1, null), { gap: 0, backboneGap: null });
  });

  it('for the backbone share, counts each backbone teacher exchanged in both its parts', () => {
    // 0 of 13: three more make 3 of 16 (18.75%), still short; four make 4 of 17 (23.5%).
    assert.equal(backboneShareGap(0, 13, 0.2), 4);
    assert.equal(backboneShareGap(0, 6, 0.2), 2); // 2 of 8 = 25%; 1 of 7 is 14%
    assert.equal(backboneShareGap(2, 15, 0.2), 2); // 3 of 16 is 18.75%, 4 of 17 is 23.5%
    assert.equal(backboneShareGap(1, 4, 0.2), 0);
    assert.equal(backboneShareGap(3, 15, 0.2), 0); // exactly 20%, though 0.2 × 15 is 3.0000000000000004
    assert.equal(backboneShareGap(2, 2, 1), 0);
    assert.equal(backboneShareGap(1, 2, 1), null); // all must be backbone: adding more never gets there
  });
});

describe('/targets/ in both languages, on a phone and a desktop', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [360, 1440]) {
      it(`${lang} at ${width} px names the two schools that miss the exchange target, with their gap in people`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const res = await page.goto(`${site.url}${EXPECTED[lang].path}`);
        assert.equal(res?.status(), 200);
        const items = await listed(page, 'exchange_rate_eligible');
        assert.equal(items.length, 2, items.join(' | '));
        EXPECTED[lang].lagging.forEach(([school, gap], i) => {
          assert.ok(items[i]!.includes(school), `${items[i]} names ${school}`);
          assert.ok(items[i]!.includes(gap), `${items[i]} says ${gap}`);
        });
        assert.ok(!items.join().includes(lang === 'zh' ? '城关小学' : schoolNameEn('城关小学')));
        const backbone = await listed(page, 'exchange_backbone_share');
        assert.equal(backbone.length, 1, backbone.join(' | '));
        assert.ok(backbone[0]!.includes(EXPECTED[lang].backbone[0]![0]) && backbone[0]!.includes(EXPECTED[lang].backbone[0]![1]), backbone[0]);
        // The same gap in the school's row of the table, and the page fits the screen.
        const row = page.locator('table.targets tbody tr', { hasText: EXPECTED[lang].lagging[0]![0] });
        assert.ok((await row.innerText()).includes(EXPECTED[lang].lagging[0]![1]));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        await context.close();
      });
    }
  }

  it('is complete with scripts off: every school a row, every target a column, no filter form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/targets/', '/en/targets/']) {
      await page.goto(`${site.url}${path}`);
      assert.equal(await page.locator('table.targets tbody tr').count(), SCHOOLS.length, path);
      assert.equal(await page.locator('table.targets thead th').count(), 2 + 4, path);
      // 学历合格率's target has no per-school figure: the board says so, with the bureau-wide figure and where its breakdowns are.
      const qualified = await page.locator('.target-list[data-target="qualified_degree_rate"]').innerText();
      assert.match(qualified, path === '/targets/' ? /不按学校公布[\s\S]*全县为 100\.0%（目标100%：已达到）/ : /Not published by school[\s\S]*whole area stands at 100\.0% \(Target 100%: met\)/, qualified);
      assert.equal(await page.locator('form[data-filters]').isVisible(), false);
      const rural = await page.locator('table.targets tbody tr', { hasText: path === '/targets/' ? '乡村小学' : schoolNameEn('乡村小学') }).innerText();
      assert.ok(rural.includes(path === '/targets/' ? '还需交流 4 人' : '4 more to exchange'), rural);
      const high = await page.locator('table.targets tbody tr', { hasText: path === '/targets/' ? '第一中学' : schoolNameEn('第一中学') }).locator('td[data-status]').first().innerText();
      assert.match(high, /^z/, 'exchange does not apply to an upper-secondary school');
    }
    await context.close();
  });

  it('says no school can be judged against the 360 hours when the year has no training data, never that every school meets it', async () => {
    // The county has 2024 only: the 2021–2025 cycle's earlier years are missing, so the figure is x everywhere.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const [path, says, never] of [['/targets/', '2024年没有可以对照目标判断的学校数字：缺少源数据（x）。', '均已达标'], ['/en/targets/', 'No school has a figure to judge against it in 2024: no source data (x).', 'meets it']] as const) {
      await page.goto(`${site.url}${path}`);
      const text = await page.locator('.target-list[data-target="training_cycle_360"]').innerText();
      assert.ok(text.includes(says), text);
      assert.ok(!text.includes(never), text);
      const cell = await page.locator('table.targets tbody tr', { hasText: path === '/targets/' ? '城关小学' : schoolNameEn('城关小学') }).locator('td[data-status]').nth(2).innerText();
      assert.match(cell, /^x\s/, `the cell is x (no data), not – (nobody counted): ${cell}`);
    }
    await context.close();
  });

  it('sorts by a target and filters to the schools that miss it, with scripts on', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/targets/`);
    const names = () => page.locator('table.targets tbody tr:not([hidden]) th').allInnerTexts();
    await page.locator('table.targets thead th').nth(2).locator('button').click();
    assert.deepEqual(await names(), ['乡村小学', '河口中学', '城关小学', '第一中学']);
    await page.locator('table.targets thead th').nth(2).locator('button').click();
    assert.deepEqual((await names()).filter((n) => n !== '第一中学'), ['城关小学', '河口中学', '乡村小学']);
    await page.selectOption('select[data-filter="missed"]', 'exchange_rate_eligible');
    assert.deepEqual((await names()).sort(), ['乡村小学', '河口中学'].sort());
    assert.equal(await page.locator('output[data-count]').innerText(), '2 / 4');
    await page.selectOption('select[data-filter="missed"]', 'exchange_backbone_share');
    assert.deepEqual(await names(), ['河口中学']);
    await context.close();
  });

  it('gives its Lighthouse scores', async () => {
    const scores = await lighthouseScores(site.url, ['/targets/', '/en/targets/']);
    console.log(scores.join('\n'));
  });
});
