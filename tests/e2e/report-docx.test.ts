/**
 * The annual reports as Word documents (scripts/reports-docx.ts), from the sample site's real
 * build: each .docx opens (unzipped and its XML read back), holds every number its report page
 * states, every chart as a PNG drawn from its SVG (scripts/chart-png.ts), every data table as a Word table with the
 * page's cells, a page-number field in its footer and the 公文 title block; the page links it.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { CHART_SCALE, chartFonts, chartPngs, reportDrawings } from '../../scripts/chart-png.ts';
import { loadPrintFont } from '../../scripts/print-font.ts';
import { sourceDate } from '../../src/lib/source-date.ts';
import { decodePng } from '../helpers/png.ts';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

let site: SampleSite;
before(async () => { site = await sampleSite(); });
after(async () => { await site?.close(); });

/** What the page says in its report, less what only a web reader uses (as scripts/report-content.ts leaves it out): year links, download links, the newer-report notice, the charts' axis labels (the charts are images). */
const FURNITURE = 'nav, p.pdf, p.notice, .chart-downloads, a.anchor, button, summary, svg, script, style, [hidden]';
const NUMBER = /\d+(?:[.,:]\d+)*/g;

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of a piece of WordprocessingML: its w:t elements, a line per paragraph. */
const wordText = (xml: string) => xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('')).join('\n');
const counts = (texts: readonly string[]) => {
  const found = new Map<string, number>();
  for (const n of texts.flatMap((text) => text.match(NUMBER) ?? [])) found.set(n, (found.get(n) ?? 0) + 1);
  return found;
};
/** The text nodes of an element (its textContent would run a table's cells together: 2015|3,755 → 20153,755). */
const textNodes = (node: Node): string[] => (node.nodeType === 3 ? [(node as Text).data] : [...node.childNodes].flatMap(textNodes));

/** The date of every entry of a zip, from its local headers (MS-DOS date and time). */
function zipDates(zip: Uint8Array): string[] {
  const b = Buffer.from(zip);
  const dates: string[] = [];
  for (let at = b.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = b.indexOf('PK\x03\x04', at + 30, 'latin1')) {
    const time = b.readUInt16LE(at + 10);
    const date = b.readUInt16LE(at + 12);
    dates.push(`${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')}T${String(time >> 11).padStart(2, '0')}:${String((time >> 5) & 63).padStart(2, '0')}`);
  }
  return dates;
}

interface Report {
  readonly page: string;
  readonly url: string;
  readonly html: string;
  readonly docx: Uint8Array;
  readonly parts: Record<string, Uint8Array>;
  readonly xml: (name: string) => string;
}

async function reports(): Promise<Report[]> {
  const out: Report[] = [];
  for (const prefix of ['', 'en']) {
    const dir = join(site.out, prefix, 'reports');
    for (const year of (await readdir(dir)).filter((y) => /^\d{4}$/.test(y)).sort()) {
      const url = `${site.url}/${prefix ? `${prefix}/` : ''}reports/${year}/`;
      const html = await readFile(join(dir, year, 'index.html'), 'utf8');
      const docx = new Uint8Array(await readFile(join(dir, year, `report-${year}.docx`)));
      const parts = unzipSync(docx);
      out.push({ page: `${prefix || 'zh'} ${year}`, url, html, docx, parts, xml: (name) => new TextDecoder().decode(parts[name]) });
    }
  }
  return out;
}

const articleOf = (html: string) => {
  const { document } = parseHTML(html);
  const article = document.querySelector('article')!;
  for (const el of article.querySelectorAll(FURNITURE)) el.remove();
  return article;
};

describe('the annual reports as Word documents', () => {
  it('hold every number their report pages state, as text a reader can edit', async () => {
    const all = await reports();
    assert.equal(all.length, 20, 'ten years in two languages');
    let matched = 0;
    for (const r of all) {
      const article = articleOf(r.html);
      const text = wordText(r.xml('word/document.xml'));
      const inDoc = counts(text.split('\n'));
      for (const [n, times] of counts(textNodes(article))) {
        assert.ok((inDoc.get(n) ?? 0) >= times, `${r.page}: ${n} stated ${times}× on the page, ${inDoc.get(n) ?? 0}× in the document`);
        matched += times;
      }
      // The text itself, not just its numbers: every paragraph of the page is a paragraph of the document.
      const lines = new Set(text.split('\n'));
      for (const p of article.querySelectorAll('section > p')) assert.ok(lines.has((p.textContent ?? '').replace(/\s+/g, ' ').trim()), `${r.page}: ${p.textContent}`);
    }
    const latest = all.find((r) => r.page === 'zh 2024')!;
    console.log(`numbers matched: ${matched} in ${all.length} documents; report-2024.docx (zh) is ${latest.docx.length.toLocaleString('en')} bytes`);
  });

  it('link each figure to its indicator on the published site, as the page does', async () => {
    for (const r of await reports()) {
      const published = new URL(r.url.slice(site.url.length + 1), 'https://yuanding.example/'); // data/site.yaml site_url
      const rels = r.xml('word/_rels/document.xml.rels');
      const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"[^>]*TargetMode="External"/g)].map((m) => [m[1]!, unescapeXml(m[2]!)]));
      const linked = [...r.xml('word/document.xml').matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((m) => [wordText(m[2]!), targets.get(m[1]!)]);
      const figures = [...articleOf(r.html).querySelectorAll('section a[href]')].map((a) => [a.textContent, new URL(a.getAttribute('href')!, published).href]);
      assert.ok(figures.length > 0);
      assert.deepEqual(linked, figures, r.page);
      assert.ok([...targets.keys()].every((id) => /^rIdLink\d+$/.test(id)), 'relationships named in order, not at random');
    }
  });

  it('open with the 公文 title block, page numbers in the footer, and the stamp of the PDFs, not the clock', async () => {
    const stamp = sourceDate('2025-03-31');
    for (const r of await reports()) {
      const { document } = parseHTML(r.html);
      const doc = r.xml('word/document.xml');
      const [issuer, rule, title] = doc.split(/<\/w:p>/);
      assert.equal(wordText(issuer!), document.querySelector('.title-block .issuer')!.textContent, r.page);
      assert.match(issuer!, /<w:color w:val="FF0000"\/>/, 'the issuer in red');
      assert.match(issuer!, /<w:jc w:val="center"\/>/);
      assert.match(rule!, /<w:bottom [^>]*w:color="FF0000"/, 'a red rule');
      assert.equal(wordText(title!).trim(), document.querySelector('h1')!.textContent);
      if (r.page.startsWith('zh')) {
        assert.match(issuer!, /w:eastAsia="方正小标宋简体"/);
        assert.match(doc, /w:eastAsia="仿宋_GB2312"/);
        assert.match(doc, /w:eastAsia="黑体"/);
      }
      assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/, 'A4');
      const footers = Object.keys(r.parts).filter((p) => /^word\/footer\d+\.xml$/.test(p)).map(r.xml);
      assert.ok(footers.length >= 1 && footers.every((f) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(f) && wordText(f).includes('— ')), `${r.page}: a PAGE field in every footer`);
      const when = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
      assert.match(r.xml('docProps/core.xml'), new RegExp(`<dcterms:created [^>]*>${when}</dcterms:created>`));
      assert.match(r.xml('docProps/core.xml'), new RegExp(`<dcterms:modified [^>]*>${when}</dcterms:modified>`));
      assert.deepEqual(new Set(zipDates(r.docx)), new Set([stamp.toISOString().slice(0, 16)]), 'every zip entry stamped alike');
    }
  });

  it('hold every chart as a PNG drawn from its SVG, with its title, 统计时点, source and maker beneath', async () => {
    const font = await loadPrintFont();
    for (const r of await reports()) {
      const article = articleOf(r.html);
      const figures = [...parseHTML(r.html).document.querySelectorAll('article figure.chart')];
      const doc = r.xml('word/document.xml');
      const rels = new Map([...r.xml('word/_rels/document.xml.rels').matchAll(/Id="([^"]+)"[^>]*Target="(media\/[^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      const drawn = [...doc.matchAll(/<wp:docPr id="\d+" name="([^"]+)\.png"(?: descr="[^"]*")? title="([^"]*)"[\s\S]*?r:embed="([^"]+)"/g)].map((m) => ({ id: m[1]!, title: unescapeXml(m[2]!), png: r.parts[`word/${rels.get(m[3]!)}`]! }));
      assert.equal(drawn.length, figures.length, `${r.page}: an image for each of the ${figures.length} charts`);
      assert.ok(figures.length > 0);
      const text = wordText(doc);
      const zh = r.page.startsWith('zh');
      // Only the newest year's reports are drawn again here (the others are drawn alike).
      const fonts = r.page.endsWith('2024') ? await chartFonts(font ? await font.cut(r.html) : null) : null;
      const fresh = fonts ? await chartPngs(reportDrawings(parseHTML(r.html).document), fonts).finally(() => fonts.close()) : null;
      for (const [i, figure] of figures.entries()) {
        const svg = figure.querySelector('.drawing.wide svg')!;
        const image = drawn[i]!;
        assert.equal(image.id, figure.id, 'in page order');
        assert.equal(image.title, svg.getAttribute('aria-label'));
        const { width, height } = decodePng(image.png);
        assert.deepEqual({ width, height }, { width: Number(svg.getAttribute('width')) * CHART_SCALE, height: Number(svg.getAttribute('height')) * CHART_SCALE }, `${r.page} ${figure.id}: the chart's size × ${CHART_SCALE}`);
        if (fresh) assert.ok(Buffer.from(image.png).equals(Buffer.from(fresh.get(figure.id)!.png)), `${r.page} ${figure.id}: the same pixels as the chart drawn again now`);
        const bureau = article.querySelector('.title-block .issuer')!.textContent!;
        const date = article.querySelector('.statistics-date')!.textContent!;
        const beneath = zh ? [`标题：${image.title}`, date, `数据来源：${bureau}报送的人事数据表`, `制表单位：${bureau}`] : [`Title: ${image.title}`, date, `Source: personnel spreadsheets submitted by ${bureau}`, `Compiled by: ${bureau}`];
        for (const label of beneath) assert.ok(text.includes(label), `${r.page} ${figure.id}: ${label}`);
      }
      assert.equal(new Set(drawn.map((d) => Buffer.from(d.png).toString('base64'))).size, drawn.length, 'each chart its own image');
    }
  });

  it('hold every data table under a chart as a Word table with a header row and the page\'s cells', async () => {
    for (const r of await reports()) {
      const tables = [...parseHTML(r.html).document.querySelectorAll('article figure table')].map((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
      const word = [...r.xml('word/document.xml').matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
      assert.equal(word.length, tables.length, `${r.page}: ${tables.length} tables`);
      word.forEach((xml, i) => {
        const rows = xml.split('</w:tr>').slice(0, -1);
        assert.match(rows[0]!, /<w:tblHeader\/>/, 'a header row, repeated on every page');
        assert.deepEqual(rows.map((row) => row.split('</w:tc>').slice(0, -1).map((c) => wordText(c).trim())), tables[i]);
      });
    }
  });

  it('are linked from their report pages, relative to the page, and the link finds the file', async () => {
    for (const r of await reports()) {
      const links = [...parseHTML(r.html).document.querySelectorAll('a[href$=".docx"]')].map((a) => a.getAttribute('href')!);
      assert.equal(links.length, 1, r.page);
      assert.doesNotMatch(links[0]!, /^\/|^[a-z]+:/, 'relative to the page, so it holds under a sub-path');
      const target = new URL(links[0]!, r.url);
      const file = join(site.out, decodeURIComponent(target.pathname));
      assert.ok((await stat(file)).size > 0, `${r.page}: ${target.pathname}`);
      const served = await fetch(target);
      assert.equal(served.status, 200);
      assert.ok(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(r.docx)));
    }
  });
});
