/**
 * The one escaping function (src/lib/site/escape.ts) and the writer of the DOM Plot draws into:
 * every text and attribute value escaped, linkedom's byte form kept where harmless.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { escapeHtml, serializeMarkup } from '../../src/lib/site/escape.ts';
import { renderFigure } from '../../src/lib/charts/render.ts';
import { ConfigError, loadConfig } from '../../src/lib/config.ts';
import { dataFolder } from '../helpers/fixtures.ts';

const SVG = 'http://www.w3.org/2000/svg';
const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('escapeHtml', () => {
  it('escapes the five characters Astro escapes, and nothing else', () => {
    assert.equal(escapeHtml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    assert.equal(escapeHtml('示例县\u00A0第一小学 · 2024'), '示例县\u00A0第一小学 · 2024');
    assert.equal(escapeHtml('&amp;'), '&amp;amp;', 'escaped text is escaped again: words are never markup');
  });
});

describe('serializeMarkup', () => {
  it('escapes every text node and attribute value, an SVG <title> as any other', () => {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('aria-label', `"'><svg onload=alert(3)>`);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = '示例县<script>alert(1)</script>小学';
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('width', '10');
    const text = document.createElementNS(SVG, 'text');
    text.textContent = '</title><img src=x onerror=alert(2)>';
    svg.append(title, rect, text, document.createComment('--><script>alert(5)</script>'));
    assert.equal(serializeMarkup(svg as unknown as Element),
      '<svg aria-label="&quot;&#39;&gt;&lt;svg onload=alert(3)&gt;"><title>示例县&lt;script&gt;alert(1)&lt;/script&gt;小学</title>'
      + '<rect width="10" /><text>&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt;</text></svg>');
  });

  it("writes an HTML <style> (Plot's legend) raw, refusing one that could end early; void elements unclosed", () => {
    const figure = document.createElement('figure');
    const style = document.createElement('style');
    style.textContent = ':where(.a > b) { color: red; }';
    figure.append(style, document.createElement('br'), document.createElement('div'));
    assert.equal(serializeMarkup(figure as unknown as Element), '<figure><style>:where(.a > b) { color: red; }</style><br><div></div></figure>');
    style.textContent = '</style><script>alert(1)</script>';
    assert.throws(() => serializeMarkup(figure as unknown as Element), /<style>/);
  });

  it('draws a chart whose every word holds markup without any of it becoming markup', () => {
    const svg = renderFigure({ marks: [] }, { title: '</title><script>alert(4)</script>', description: `"'><svg onload=alert(3)>` });
    assert.match(svg, /^<svg [^>]*aria-label="&lt;\/title&gt;&lt;script&gt;alert\(4\)&lt;\/script&gt;"/);
    assert.match(svg, /aria-description="&quot;&#39;&gt;&lt;svg onload=alert\(3\)&gt;"/);
    assert.match(svg, /<title>&lt;\/title&gt;&lt;script&gt;alert\(4\)&lt;\/script&gt;<\/title>/);
    assert.doesNotMatch(svg, /<script|<svg onload/);
  });
});

describe("site.yaml's addresses", () => {
  it('are http(s) only: a javascript: or data: link would run from every page', async () => {
    for (const url of ['javascript:alert(1)//', 'data:text/html,<script>alert(1)</script>/', 'JavaScript:alert(1)/']) {
      const dir = await dataFolder({ 'site.yaml': `site_url: "${url}"\npublication:\n  licence_url: "${url}"\n` });
      await assert.rejects(loadConfig(dir, {}), (e: Error) => e instanceof ConfigError && /site_url: .*http/.test(e.message) && /licence_url: .*http/.test(e.message), url);
    }
    const dir = await dataFolder({ 'site.yaml': 'site_url: https://yuanding.example/\npublication:\n  licence_url: https://creativecommons.org/licenses/by/4.0/\n' });
    const config = await loadConfig(dir, {});
    assert.equal(config.site_url, 'https://yuanding.example/');
    assert.equal(config.publication.licence_url, 'https://creativecommons.org/licenses/by/4.0/');
  });
});
