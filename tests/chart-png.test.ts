/**
 * The charts of a report's Word document, drawn from the page's SVG by resvg (scripts/chart-png.ts):
 * at the drawing's size × CHART_SCALE, Chinese characters drawn (not dropped for want of a face)
 * in the CJK face, Latin text beside them in the Latin face, bold kept. .ci/run installs
 * fonts-noto-cjk and fontconfig.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { CHART_SCALE, chartFonts, chartPngs, reportDrawings, type ChartFonts } from '../scripts/chart-png.ts';
import { loadPrintFont, type PrintFont } from '../scripts/print-font.ts';
import { decodePng, ink, type Pixels } from './helpers/png.ts';

/** A report page holding one 300 × 60 chart per label, each written at the left edge. */
const page = (labels: readonly { text: string; bold?: boolean }[]) => `<!doctype html><html><body><article>${labels.map(({ text, bold }, i) =>
  `<figure class="chart" id="c${i}"><div class="drawing wide"><svg role="img" style="font-size:12px;font-family:inherit" viewBox="0 0 300 60" width="300" height="60" font-size="10" font-family="system-ui, sans-serif" fill="currentColor"><title>x</title><g${bold ? ' font-weight="bold"' : ''}><text x="10" y="40" font-size="24">${text}</text></g></svg></div></figure>`).join('')}</article></body></html>`;

let font: PrintFont | null;
let fonts: ChartFonts;
const TEXT = '4,121人次 Bachelor’s';
before(async () => {
  font = await loadPrintFont();
  assert.ok(font, 'Noto Sans CJK SC is installed (fonts-noto-cjk, .ci/run)');
  fonts = await chartFonts(await font.cut(TEXT));
});
after(async () => { await fonts?.close(); });

const draw = async (labels: readonly { text: string; bold?: boolean }[]): Promise<Pixels[]> => [...(await chartPngs(reportDrawings(parseHTML(page(labels)).document), fonts)).values()].map((image) => decodePng(image.png));
const whole = (p: Pixels) => ({ x: 0, y: 0, width: p.width, height: p.height });

describe('the charts of the Word documents', () => {
  it('are drawn at the drawing\'s size × CHART_SCALE, on white', async () => {
    const [blank] = await draw([{ text: '' }]);
    assert.deepEqual([blank!.width, blank!.height], [300 * CHART_SCALE, 60 * CHART_SCALE]);
    assert.equal(ink(blank!, whole(blank!)), 0, 'nothing drawn where the chart draws nothing');
  });

  it('draw Chinese characters in the CJK face and the Latin text beside them in the Latin face', async () => {
    const [latin, mixed, cjk] = await draw([{ text: '4,121' }, { text: '4,121人次' }, { text: '人次' }]);
    assert.ok(ink(cjk!, whole(cjk!)) > 0, 'the characters are drawn, not dropped for want of a face');
    // "4,121" is the same pixels alone and before 人次: resvg left alone would set the whole run in the CJK face.
    const digits = { x: 0, y: 0, width: 72 * CHART_SCALE, height: 60 * CHART_SCALE }; // “4,12”: 人 starts past 75
    assert.ok(ink(latin!, digits) > 0);
    for (let y = 0; y < digits.height; y++) {
      const row = (p: Pixels) => Buffer.from(p.data.subarray((y * p.width) * p.channels, (y * p.width + digits.width) * p.channels));
      assert.ok(row(latin!).equals(row(mixed!)), `row ${y} of “4,121” alike alone and beside 人次`);
    }
    assert.ok(ink(mixed!, whole(mixed!)) > ink(latin!, whole(latin!)), '人次 drawn after the digits');
  });

  it('keep bold text bold, Chinese characters too', async () => {
    assert.ok(font!.weights.includes(700), 'Noto Sans CJK SC Bold is installed');
    const [regular, bold] = await draw([{ text: '人次' }, { text: '人次', bold: true }]);
    assert.ok(ink(bold!, whole(bold!)) > 1.2 * ink(regular!, whole(regular!)), 'bold draws heavier strokes');
  });
});
