/**
 * Issue 17 §3, read in real Chromium at 360 and 1440 px in both languages: the schools index on
 * a phone, search, chart anchors and citations, what downloaded charts say of themselves, print,
 * tooltips, English and dark mode. The sample site is built once (tests/helpers/sample-site.ts; YUANDING_E2E_SITE names a built one,
 * to read it again without building).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

const WIDTHS = [360, 1440] as const;
const LANGS = [['zh', ''], ['en', '/en']] as const;
const CJK = /[\u4e00-\u9fff]/;

let sample: SampleSite;
before(async () => {
  sample = await sampleSite();
  ({ out, browser } = sample);
  site = sample;
});

after(async () => sample?.close());

async function open(width: number, path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  const res = await page.goto(`${site.url}${path}`);
  assert.equal(res?.status(), 200, path);
  return { context, page };
}

const csvRows = async (name: string) => (await readFile(join(out, 'downloads', name), 'utf8')).slice(1).trim().split('\r\n').map((l) => l.split(','));

describe('the schools index on a phone', () => {
  for (const width of WIDTHS) {
    for (const [lang, prefix] of LANGS) {
      it(`at ${width} px (${lang}): the school name is the first and widest column, no cell narrower than its longest word, 搜索 and English in view`, async () => {
        const { context, page } = await open(width, `${prefix}/schools/`);
        const table = page.locator('table[data-sortable]');
        const widths = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
        assert.equal(await table.locator('tbody tr:first-child > :first-child').evaluate((c) => c.tagName), 'TH');
        assert.ok(await table.locator('tbody tr:first-child > th a').count(), 'the first column names the school with its link');
        for (const [i, w] of widths.entries()) assert.ok(widths[0]! >= w, `column ${i} (${w}px) is wider than the school name (${widths[0]}px)`);
        const squeezed = await table.locator('th, td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
        assert.deepEqual(squeezed, [], 'no cell is narrower than its longest word');
        const nav = page.locator('header.site .bar > nav');
        for (const href of [`${prefix}/search/`, lang === 'zh' ? '/en/schools/' : '/schools/']) {
          const box = await nav.locator(`a[href="${href}"]`).boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${href} is in view at ${width}px: ${JSON.stringify(box)}`);
        }
        assert.equal(await nav.locator('ul').evaluate((ul) => ul.scrollWidth <= ul.clientWidth + 1), true, 'the nav does not scroll sideways');
        await context.close();
      });
    }
  }
});

describe('search', () => {
  const search = async (page: Page, q: string) =>
    page.evaluate(async (query) => {
      const module = '/pagefind/pagefind.js'; // served by the site
      const pagefind = await import(module);
      const found = await pagefind.search(query);
      return Promise.all(found.results.slice(0, 5).map(async (r: { data: () => Promise<{ url: string; excerpt: string; meta: { title: string } }> }) => {
        const d = await r.data();
        return { url: d.url, excerpt: d.excerpt.replace(/<[^>]+>/g, ''), title: d.meta.title };
      }));
    }, q);

  for (const width of WIDTHS) {
    it(`at ${width} px: a school's page ranks first for its full name, for 第一小学, and pinyin finds it; snippets are sentences`, async () => {
      const { context, page } = await open(width, '/search/');
      const full = await search(page, '示例县第一小学');
      assert.match(full[0]!.url, /^\/schools\/3199001036\/$/, JSON.stringify(full.slice(0, 3)));
      const partial = await search(page, '第一小学');
      assert.match(partial[0]!.url, /^\/schools\/3199001036\/$/, JSON.stringify(partial.slice(0, 3)));
      const pinyin = await search(page, 'baishui');
      assert.ok(pinyin.length && /^\/schools\//.test(pinyin[0]!.url), `baishui: ${JSON.stringify(pinyin.slice(0, 3))}`);
      assert.match(pinyin[0]!.title, /白水/);
      for (const r of [...full, ...partial, ...pinyin]) assert.doesNotMatch(r.excerpt, /\d[\d.,%]*\s+\d[\d.,%]*\s+\d[\d.,%]*\s+\d/, `${r.url}: a snippet of table cells: ${r.excerpt}`);
      await context.close();
      const en = await open(width, '/en/search/');
      const enFound = await search(en.page, 'baishui');
      assert.ok(enFound.length && /^\/en\/schools\//.test(enFound[0]!.url), JSON.stringify(enFound.slice(0, 3)));
      await en.context.close();
    });
  }
});

describe('search never offers the not-found page', () => {
  it('no search for the words of the 404 page (页面, 年度报告, page not found) finds /404.html', async () => {
    const { context, page } = await open(1280, '/search/');
    const urls = await page.evaluate(async (queries) => {
      const module = '/pagefind/pagefind.js';
      const pagefind = await import(module);
      const found: string[] = [];
      for (const q of queries) for (const r of (await pagefind.search(q)).results) found.push((await r.data()).url);
      return found;
    }, ['页面不存在', '年度报告', 'page not found', 'annual reports']);
    assert.ok(urls.length > 0, 'the searches find pages');
    assert.deepEqual(urls.filter((u) => /404/.test(u)), []);
    await context.close();
  });
});

describe('search snippets', () => {
  it('are sentences of the page, never its chart buttons, a chart’s # anchor or the label of a folded table (SVG PNG CSV. 数据表.)', async () => {
    for (const [lang, prefix, queries] of [['zh', '', ['骨干', '培训', '交流']], ['en', '/en', ['backbone', 'training', 'exchange']]] as const) {
      const { context, page } = await open(1440, `${prefix}/search/`);
      const snippets = await page.evaluate(async (qs) => {
        const module = `${location.pathname.replace(/search\/$/, '').replace(/^\/en\//, '/')}pagefind/pagefind.js`;
        const pagefind = await import(module);
        const all: string[] = [];
        for (const q of qs) {
          const found = await pagefind.search(q);
          for (const r of found.results.slice(0, 20)) all.push(((await r.data()) as { excerpt: string }).excerpt.replace(/<[^>]+>/g, ''));
        }
        return all;
      }, [...queries]);
      assert.ok(snippets.length > 20, `${lang}: ${snippets.length} snippets`);
      const noisy = snippets.filter((x) => /SVG PNG CSV|PNG CSV\.|数据表\.|Data table\.|(^|\s)#(\s|$)/.test(x));
      assert.deepEqual(noisy.slice(0, 3), [], `${lang}: ${noisy.length} snippets of buttons and fold labels`);
      await context.close();
    }
  });
});

describe('search results on a phone', () => {
  for (const [lang, prefix] of LANGS) {
    it(`at 360 px (${lang}): a result's title starts at the result's left edge, with no empty column kept for an image`, async () => {
      const { context, page } = await open(360, `${prefix}/search/?q=${encodeURIComponent(lang === 'zh' ? '交流' : 'exchange')}`);
      // Pagefind's UI draws its results again as they load: the result and its title are measured
      // together, in one frame, once both are laid out (two separate reads could fall either side of a redraw).
      const measured = await page.waitForFunction(() => {
        const result = document.querySelector('.pagefind-ui__result');
        const title = result?.querySelector('.pagefind-ui__result-title');
        if (!result || !title) return null;
        const [t, r] = [title.getBoundingClientRect(), result.getBoundingClientRect()];
        return t.width > 0 && r.width > 0 ? { inset: t.x - r.x } : null;
      });
      const { inset } = (await measured.jsonValue())!;
      assert.ok(inset < 8, `the title starts ${Math.round(inset)} px in from the result's edge`);
      assert.equal(await page.locator('.pagefind-ui__result-thumb').count(), 0);
      await context.close();
    });
  }
});

describe('an indicator’s page for one year', () => {
  it('says what c, x and z stand for wherever its tables show one, as the indicator page does', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [lang, prefix] of LANGS) {
      const root = join(out, prefix, 'indicators');
      for (const id of await readdir(root, { withFileTypes: true })) {
        if (!id.isDirectory()) continue;
        for (const year of await readdir(join(root, id.name))) {
          if (!/^\d{4}$/.test(year)) continue;
          const html = await readFile(join(root, id.name, year, 'index.html'), 'utf8');
          if (!/<td[^>]*>[cxz]<\/td>/.test(html)) continue;
          checked++;
          if (!html.includes(lang === 'zh' ? '符号：c 为保护个人信息不予公布' : 'Symbols: c withheld to protect individuals')) missing.push(`${prefix}/indicators/${id.name}/${year}/`);
        }
      }
    }
    assert.ok(checked > 50, `pages with a symbol: ${checked}`);
    assert.deepEqual(missing.slice(0, 5), [], `${missing.length} pages show c, x or z and never say what they are`);
  });
});

describe('chart anchors and citations', () => {
  it('no page has two elements of one id', async () => {
    const dupes: string[] = [];
    for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length) dupes.push(`${join(entry.parentPath, entry.name).slice(out.length)}: ${twice.join(' ')}`);
    }
    assert.deepEqual(dupes.slice(0, 10), []);
  });

  for (const width of WIDTHS) {
    for (const [lang, prefix] of LANGS) {
      it(`at ${width} px (${lang}): the latest year has its snapshot page, its charts cite it by anchor, with a copy button that scripts add`, async () => {
        const latest = Math.max(...(await csvRows('indicators.csv')).slice(1).map((r) => Number(r[0])));
        const { context, page } = await open(width, `${prefix}/indicators/exchange_rate/`);
        assert.ok(await page.locator(`nav.years a[href="${prefix}/indicators/exchange_rate/${latest - 1}/"]`).count());
        await page.goto(`${site.url}${prefix}/indicators/exchange_rate/${latest}/`);
        assert.match(await page.locator('h1').innerText(), new RegExp(String(latest)));
        const cite = page.locator('figure.chart#by-stage .chart-cite');
        assert.match(await cite.innerText(), new RegExp(`/indicators/exchange_rate/${latest}/#by-stage`));
        assert.equal(await cite.locator('button.cite-copy').count(), 1, 'a copy button');
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await cite.locator('button.cite-copy').click();
        assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#by-stage/);
        await context.close();
        const off = await open(width, `${prefix}/indicators/exchange_rate/${latest}/`, { javaScriptEnabled: false });
        const still = off.page.locator('figure.chart#by-stage .chart-cite');
        assert.match(await still.innerText(), /#by-stage/);
        assert.ok(await still.isVisible(), 'the citation is there to select with scripts off');
        assert.equal(await off.page.locator('button.cite-copy').count(), 0);
        await off.context.close();
      });
    }
  }
});

describe('chart downloads say what they are', () => {
  for (const [lang, prefix] of LANGS) {
    it(`(${lang}) the SVG and PNG carry title, place, year, unit and source; the CSV has a year column`, async () => {
      const latest = Math.max(...(await csvRows('indicators.csv')).slice(1).map((r) => Number(r[0])));
      const { context, page } = await open(1440, `${prefix}/indicators/exchange_rate/`, { acceptDownloads: true });
      const figure = page.locator('figure.chart#by-stage');
      const fetch = async (format: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), figure.locator(`button[data-format="${format}"]`).click()]);
        const path = await download.path();
        return { name: download.suggestedFilename(), bytes: await readFile(path) };
      };
      const svg = (await fetch('svg')).bytes.toString('utf8');
      const place = lang === 'zh' ? '示例县' : 'Sample County';
      for (const want of [place, String(latest), '%', lang === 'zh' ? '数据来源：示例县教育局' : 'Source: Sample County Education Bureau', lang === 'zh' ? '交流' : 'Exchange']) assert.ok(svg.includes(want), `svg has ${want}`);
      assert.match(svg, /<text class="title"[^>]*>[^<]+</);
      const png = (await fetch('png')).bytes;
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      const svgHeight = Number(/viewBox="0 0 \d+(?:\.\d+)? (\d+(?:\.\d+)?)"/.exec(svg)![1]);
      assert.equal(png.readUInt32BE(20), svgHeight * 2, 'the PNG is drawn from the captioned SVG (header and footer inside)');
      const csv = (await fetch('csv')).bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(csv[0]!.split(',')[0], lang === 'zh' ? '年度' : 'Year');
      assert.equal(csv[1]!.split(',')[0], String(latest));
      await context.close();
    });
  }
});

describe('the XLSX download', () => {
  it('has indicator names and units as headers in Chinese, an English sheet, and school rows keyed by code and name', async () => {
    const wb = XLSX.read(await readFile(join(out, 'downloads/indicators.xlsx')), { type: 'buffer' });
    const zh = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['交流轮岗']!, { header: 1 });
    assert.deepEqual(zh[0]!.slice(0, 4), ['年度', '分类维度', '类别', '学校代码']);
    assert.ok(zh[0]!.includes('交流轮岗教师占义务教育专任教师比例（%）'), String(zh[0]));
    const rate = zh[0]!.indexOf('交流轮岗教师占义务教育专任教师比例（%）');
    assert.ok(zh.slice(1).some((r) => typeof r[rate] === 'number'), 'figures are numbers, symbols only where withheld');
    const en = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['Indicators (English)']!, { header: 1 });
    assert.ok(en[0]!.includes('Staff exchanged as a share of compulsory-education teachers (%)'), String(en[0]).slice(0, 300));
    const school = zh.find((r) => r[1] === '学校' && r[2] === '示例县第一小学');
    assert.equal(school?.[3], '3199001036', 'a school row has its code beside its name');
    const enSchool = en.find((r) => r[3] === '3199001036');
    assert.match(String(enSchool?.[2]), /No\. 1 Primary School/);
  });
});

describe('print', () => {
  for (const width of WIDTHS) {
    for (const [lang, prefix] of LANGS) {
      it(`at ${width} px (${lang}): no 数据表 toggle, # or button beside printed charts; the report's key points name every target missed`, async () => {
        const latest = Math.max(...(await csvRows('indicators.csv')).slice(1).map((r) => Number(r[0])));
        const { context, page } = await open(width, `${prefix}/indicators/exchange_rate/`);
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['figure.chart summary', 'figure.chart a.anchor', '.chart-downloads', '.cite-copy']) {
          const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none').length);
          assert.equal(shown, 0, `${selector} is printed`);
        }
        // Targets missed in the latest year, from the published data: the dictionary's target, the total's value.
        const dictionary = await csvRows('dictionary.csv');
        const totals = (await csvRows('indicators.csv')).filter((r) => r[0] === String(latest) && r[2] === 'total' && r[4] !== '');
        const missed = dictionary.filter((r) => r[0] === 'indicator').flatMap((r) => {
          const target = /^([≥≤])([\d.]+)/.exec(r.find((c) => /^[≥≤]/.test(c)) ?? '');
          const value = totals.find((t) => t[1] === r[1])?.[4];
          if (!target || value === undefined) return [];
          const miss = target[1] === '≥' ? Number(value) < Number(target[2]) : Number(value) > Number(target[2]);
          return miss ? [r[1]!] : [];
        });
        assert.ok(missed.length > 0, 'the sample misses a target, so the check means something');
        await page.goto(`${site.url}${prefix}/reports/${latest}/`);
        const points = page.locator('.key-points li');
        for (const id of missed) assert.ok(await points.locator(`a[href="${prefix}/indicators/${id}/"]`).count(), `key points name the missed target ${id}`);
        // Each says 未达到, or for a five-year training cycle not yet over, that it is progress so far.
        assert.ok(await points.filter({ hasText: lang === 'zh' ? /未达到|周期未结束/ : /not met|cycle is not over/ }).count() >= missed.length);
        await context.close();
      });
    }
  }
});

describe('tooltips', () => {
  for (const width of WIDTHS) {
    for (const [lang, prefix] of LANGS) {
      it(`at ${width} px (${lang}): → reaches every point in turn, targets are at least 24 px, coincident dots are listed together`, async () => {
        const { context, page } = await open(width, `${prefix}/indicators/exchange_rate/`);
        const svg = page.locator('figure.chart#trend .drawing:visible svg[role="img"]');
        const marks = await svg.locator('[data-tip]').count();
        assert.ok(marks > 3, `the trend has ${marks} marks`);
        await svg.focus();
        const seen: string[] = [];
        for (let i = 0; i < marks; i++) {
          await page.keyboard.press('ArrowRight');
          seen.push(await page.locator('.tooltip').innerText());
        }
        const texts = await svg.locator('[data-tip]').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['tip']!));
        assert.deepEqual(seen, texts, 'each press shows the next point, none skipped');
        await page.keyboard.press('ArrowLeft');
        assert.equal(await page.locator('.tooltip').innerText(), texts.at(-2));
        const small = await page.locator('figure.chart .drawing:visible svg .tip-targets circle').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).filter((b) => b.width < 23.5 || b.height < 23.5).length);
        assert.equal(small, 0, 'every target is at least 24 px');
        const hovered = page.locator('figure.chart#trend .drawing:visible svg .tip-targets circle').first();
        if (await hovered.count()) {
          await hovered.hover({ force: true });
          assert.ok(await page.locator('.tooltip').isVisible(), 'a target shows its point');
        }
        // Schools of one figure are drawn at one place: one stop lists them all.
        await page.goto(`${site.url}${prefix}/indicators/bachelor_plus_share/`);
        const dots = page.locator('figure.chart#by-school .drawing:visible svg[role="img"]');
        const places = await dots.locator('[data-tip]').evaluateAll((els) => {
          const at = new Map<string, number>();
          for (const e of els) { const b = e.getBoundingClientRect(); const k = `${Math.round(b.x)},${Math.round(b.y)}`; at.set(k, (at.get(k) ?? 0) + 1); }
          return [...at.values()];
        });
        // The dot plot draws schools of one figure side by side (charts/dots.ts), so each is a stop of
        // its own; dots that still share a place are one stop listing them all.
        await dots.focus();
        let listed = 0;
        for (let i = 0; i < places.length; i++) {
          await page.keyboard.press('ArrowRight');
          listed = Math.max(listed, await page.locator('.tooltip > div').count());
        }
        assert.equal(listed, Math.max(...places), 'the largest group of dots at one place is listed together (one when none share a place)');
        await context.close();
      });
    }
  }
});

describe('English and dark mode', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px: townships in pinyin, the contact line in English, quality pages in English but for file and sheet names`, async () => {
      const { context, page } = await open(width, '/en/schools/');
      const townships = await page.locator('table[data-sortable] tbody td:nth-child(2)').allInnerTexts();
      assert.ok(townships.length && townships.every((t) => !CJK.test(t)), townships.find((t) => CJK.test(t)));
      assert.ok((await page.locator('section.township h3').allInnerTexts()).every((t) => !CJK.test(t)));
      assert.doesNotMatch(await page.locator('footer.site dl.publication').innerText(), CJK);
      const latest = Math.max(...(await csvRows('indicators.csv')).slice(1).map((r) => Number(r[0])));
      await page.goto(`${site.url}/en/quality/${latest}/`);
      const text = await page.locator('main').evaluate((m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        // The clerk's own file and sheet names stay as they are.
        copy.querySelectorAll('table th[scope="row"], [lang="zh-CN"]').forEach((e) => e.remove());
        return copy.innerText;
      });
      assert.doesNotMatch(text, CJK, text.split('\n').find((l) => CJK.test(l)));
      await context.close();
    });

    it(`at ${width} px: in dark mode every legend swatch stands out from the page`, async () => {
      const { context, page } = await open(width, '/en/indicators/age_structure/', { colorScheme: 'dark' });
      const contrasts = await page.locator('figure.chart .drawing:visible span[class$="-swatch"] > svg').evaluateAll((svgs) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => [r!, g!, b!].map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
        return svgs.map((s) => { const l = lum(rgb(getComputedStyle(s).fill)); return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05); });
      });
      assert.ok(contrasts.length > 0);
      assert.ok(contrasts.every((c) => c >= 2), `swatch contrasts ${contrasts.map((c) => c.toFixed(1)).join(' ')}`);
      await context.close();
    });
  }
});
