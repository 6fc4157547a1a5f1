/**
 * The font reports print in (scripts/print-font.ts): Noto Sans CJK SC cut to one report's
 * characters, so Chromium prints it as a small font rather than drawing from the 20 MB system
 * collection. Read back with HarfBuzz's own reader. .ci/run installs fonts-noto-cjk.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Blob, Face } from 'harfbuzzjs';
import { loadPrintFont } from '../scripts/print-font.ts';

/** Each @font-face of a stylesheet: its weight and its font file. */
const faces = (css: string) => [...css.matchAll(/font-weight: (\d+);[^}]*src: url\(data:font\/otf;base64,([^)]+)\)/g)].map(([, weight, data]) => ({ weight: Number(weight), bytes: Buffer.from(data!, 'base64') }));

describe('the print font', () => {
  it('holds every CJK character of the report, at both weights, and nothing else', async () => {
    const font = await loadPrintFont();
    assert.ok(font, 'Noto Sans CJK SC is installed (fonts-noto-cjk, .ci/run)');
    const page = '<h1>示例县2023年教师队伍建设统计报告</h1><p>专任教师：4,077人，增长1.0%（目标≥10%）。&#x9F98; Bachelor’s</p>';
    const css = font.css(await font.cut(page));
    const cut = faces(css);
    assert.deepEqual(cut.map((f) => f.weight), [400, 700], 'regular for the text, bold for headings and figures');
    for (const { weight, bytes } of cut) {
      const unicodes = new Set(new Face(new Blob(bytes)).collectUnicodes());
      for (const ch of '示例县教师队伍专任增长目标：，（）。龘') assert.ok(unicodes.has(ch.codePointAt(0)!), `${weight}: ${ch}`);
      assert.ok(!unicodes.has('学'.codePointAt(0)!), `${weight}: a character the report does not use is left out`);
      // Noto CJK draws these full-width (a gap in “Bachelor’s”): they keep the site's own faces.
      for (const ch of '≥%0A’') assert.ok(!unicodes.has(ch.codePointAt(0)!), `${weight}: ${ch} left to the site's faces`);
      assert.ok(bytes.byteLength < 200_000, `${weight}: ${bytes.byteLength} bytes, not the whole font`);
    }
    assert.match(css, /\* \{ font-family: 'Yuanding Print', var\(--font, sans-serif\) !important; \}/, 'every element, charts included, prints in it, before the site\'s own faces');
    assert.match(css, /unicode-range: U\+2E80-2FDF, [^;]*U\+4E00-9FFF/, 'given for CJK characters only');
  });
});
