/**
 * What a report page prints, told from its HTML without a browser (scripts/print-digest.ts): the
 * key under which a report's PDF is kept between builds. An element is left out only when the
 * page's own stylesheets surely hide it in print; whenever a rule could show it again, it stays,
 * so a changed page is printed again rather than served an old PDF.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { hiddenInPrint, printedPage } from '../scripts/print-digest.ts';
import { sampleBuild } from './helpers/sample-site.ts';

/** The ids of the elements print surely hides, in a page of the given styles and body. */
function hidden(css: string, body: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`);
  return hiddenInPrint(document).map((e) => e.id);
}

describe('what a page prints, read from its HTML', () => {
  it('leaves out what @media print hides, and nothing a later, stronger or important rule shows again', () => {
    const css = `
      @media print { nav.years, .skip, details summary { display: none; } .narrow { display: none !important; } }
      details summary { display: inline-block; }
      .compact .narrow { display: block !important; }
      @media (max-width: 600px) { .skip.phone { display: block !important; } }
      @media print { :where(p).note { display: none; } }
      p.note { display: block; }
      .plain { display: none; }`;
    const body = `
      <nav class="years" id="years"></nav>
      <a class="skip" id="skip"></a><a class="skip phone" id="skip-phone"></a>
      <details><summary id="summary">数据表</summary></details>
      <div class="narrow" id="narrow"></div><figure class="compact"><div class="narrow" id="compact-narrow"></div></figure>
      <p class="note" id="note"></p>
      <span style="display: inline" class="skip" id="inline"></span>
      <div class="plain" id="plain"></div>`;
    assert.deepEqual(hidden(css, body).sort(), ['narrow', 'plain', 'skip', 'years']);
  });

  it('hides nothing by a sheet for screens only, and counts a selector it cannot rank as one that may show anything', () => {
    const { document } = parseHTML('<html><head><style media="screen">.x { display: none; }</style><style media="print">.y { display: none; }</style></head><body><p class="x" id="x"></p><p class="y" id="y"></p></body></html>');
    assert.deepEqual(hiddenInPrint(document).map((e) => e.id), ['y']);
    assert.deepEqual(hidden('@media print { #y.y { display: none; } } p:nth-child(odd of .y) { display: block; }', '<p class="y" id="y"></p><p class="z" id="z"></p>'), []);
  });

  it('takes nothing out where the cascade cannot be ranked from the page alone', () => {
    assert.deepEqual(hidden('@layer a { @media print { .x { display: none; } } }', '<p class="x" id="x"></p>'), []);
    const { document } = parseHTML('<html><head><link rel="stylesheet" href="/site.css"><style>@media print { .x { display: none; } }</style></head><body><p class="x"></p></body></html>');
    assert.deepEqual(hiddenInPrint(document), [], 'a linked stylesheet this does not read may show it again');
  });

  it('gives the sample report the same print when it gains a year link and its newer-report notice changes, and a different one when a figure changes', async () => {
    const { out } = sampleBuild();
    const html = await readFile(join(out, 'reports', '2019', 'index.html'), 'utf8');
    const grown = html
      .replace(/(<nav class="years"[^>]*>[\s\S]*?<\/ul>)/, (nav) => nav.replace('</ul>', '<li><a href="/reports/2030/">2030</a></li></ul>'))
      .replace(/(<p class="notice" role="note">)/, "$1已有 2030 年报告。");
    assert.notEqual(grown, html, 'the page did change');
    const printedHtml = (page: string) => printedPage(page).html;
    assert.equal(printedHtml(grown), printedHtml(html));
    const figure = /(\d{1,3}(?:,\d{3})+)人/.exec(html);
    assert.ok(figure, 'the report states a head count');
    assert.notEqual(printedHtml(html.replace(figure[0], `9${figure[0]}`)), printedHtml(html));
  });
});
