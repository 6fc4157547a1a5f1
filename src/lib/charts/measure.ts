/**
 * Room for text, reckoned before drawing: charts are drawn at build time with no browser to
 * measure in, so a label's width is estimated from its characters (at 12 px, a CJK character
 * ≈ 1 em, a Latin one ≈ 0.6 em: generous, so a margin sized from it holds the real text).
 * Numeric axes get their ticks and tick labels here, so their margin fits the longest label.
 */
import * as d3 from 'd3';

export const FONT_SIZE = 12;
/** Wide characters: CJK ideographs, kana, hangul, full-width forms and punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width in px of one line of text at `size` px. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return ems * size;
}

/** Estimated width of the widest line of a (possibly multi-line) text. */
export const blockWidth = (text: string, size = FONT_SIZE): number => Math.max(0, ...text.split('\n').map((l) => textWidth(l, size)));

/** Whether a text holds Chinese (the language of a chart, where no other sign is given). */
export const isChinese = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/**
 * A label folded onto lines of at most `width` px, breaking between words (or anywhere, in
 * Chinese); a line still too long, or lines past `maxLines`, end in an ellipsis. The reader
 * gets the full name from the mark's <title>.
 */
export function wrapLabel(label: string, width: number, maxLines = 2): string {
  if (textWidth(label) <= width) return label;
  const words = isChinese(label) ? [...label] : label.split(/(?<=[\s-])/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && textWidth((line + word).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line) lines.push(line.trimEnd());
  const kept = lines.slice(0, maxLines).map((l) => clip(l, width));
  if (lines.length > maxLines) kept[maxLines - 1] = clip(`${kept[maxLines - 1]!}…`, width);
  return kept.join('\n');
}

/** One line cut to `width` px with an ellipsis. */
function clip(line: string, width: number): string {
  if (textWidth(line) <= width) return line;
  const chars = [...line];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export interface ValueAxisOptions {
  /** include zero in the domain (rates read as sizes) */
  readonly zero?: boolean;
  /** about how many ticks fit along the axis */
  readonly count?: number;
  /** Chinese (万 for large numbers) or not (k, M) */
  readonly chinese?: boolean;
}

export interface ValueAxis {
  readonly domain: [number, number];
  readonly ticks: number[];
  readonly tickFormat: (d: number) => string;
  /** px the tick labels need beside the axis, tick included */
  readonly margin: number;
}

/**
 * A numeric axis over `values`: a nice domain, a few ticks, labels that fit. A range of one
 * value (a school whose figure is 0 every year) still gets a span, so no tick reads 0.000000;
 * counts (all values whole) get whole ticks only; large numbers are written in 万 (Chinese)
 * or k/M, so 10,000,000 never has to fit in a phone's margin.
 */
export function valueAxis(values: readonly (number | null | undefined)[], { zero = true, count = 5, chinese = false }: ValueAxisOptions = {}): ValueAxis {
  const shown = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const whole = shown.every(Number.isInteger);
  let lo = Math.min(...shown, ...(zero || !shown.length ? [0] : []));
  let hi = Math.max(...shown, ...(zero || !shown.length ? [0] : []));
  if (hi - lo < (whole ? 1 : 1e-9)) {
    // one value only: a span of whole numbers around it (0 → 0 to 1)
    const span = whole ? Math.max(1, Math.abs(hi) * 0.1) : Math.max(Math.abs(hi) * 0.1, 1);
    if (lo >= 0 && (zero || lo === 0)) hi = lo + span;
    else [lo, hi] = [lo - span / 2, hi + span / 2];
  }
  const scale = d3.scaleLinear().domain([lo, hi]).nice(count);
  const [a, b] = scale.domain() as [number, number];
  let ticks = scale.ticks(count);
  if (whole) ticks = ticks.filter(Number.isInteger);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const tickFormat = numberFormat(Math.max(Math.abs(a), Math.abs(b)), step, chinese);
  const margin = Math.ceil(Math.max(...ticks.map((t) => textWidth(tickFormat(t))))) + 9 + 3;
  return { domain: [a, b], ticks, tickFormat, margin };
}

/** Tick labels: as many decimals as the step needs; past 100,000 in 万 or k/M. */
function numberFormat(max: number, step: number, chinese: boolean): (d: number) => string {
  const decimals = (s: number) => Math.max(0, d3.precisionFixed(s));
  if (max >= 100_000) {
    const [unit, suffix] = chinese ? [1e4, '万'] : max >= 1e6 ? [1e6, 'M'] : [1e3, 'k'];
    const f = d3.format(`,.${decimals(step / unit)}f`);
    return (d) => (d === 0 ? '0' : `${f(d / unit)}${suffix}`);
  }
  const f = d3.format(`,.${decimals(step)}f`);
  return (d) => f(d);
}
