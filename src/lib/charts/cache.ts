/**
 * Drawn charts kept from one build to the next. A chart's SVG is a pure function of its
 * arguments, which are plain data, so a build that draws the same chart again (a past year's
 * breakdowns after a new year arrives; anything after a change elsewhere) takes the SVG from
 * here instead of drawing it: a city draws 20,000 charts, at about 1.2 ms each.
 *
 * The store lives on globalThis because the build script and the pages Astro renders load
 * this module separately. scripts/build-site.ts opens it before Astro renders and saves what this
 * build drew; without an open store (tests, `astro dev`) every chart is simply drawn. Arguments
 * holding a function (which JSON cannot see into) are never cached. The store's file is named
 * after the program's digest, so a change to any chart code starts it afresh.
 */
import { hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { escapeHtml } from '../site/escape.ts';

interface Store {
  readonly previous: Map<string, string>;
  readonly drawn: Map<string, string>;
  /** charts taken from the earlier build's store, by key */
  readonly reused: Set<string>;
  /** charts this build drew, by key (a chart asked for twice, or in two languages, is one) */
  readonly new: Set<string>;
  /** characters of SVG kept in `drawn` */
  size: number;
  /**
   * Hands a chart to be drawn elsewhere (worker threads: ./parallel.ts) and returns what stands
   * in the page for it meanwhile, or undefined to have it drawn here and now.
   */
  defer?: (key: string, name: string, args: unknown[], words?: readonly string[]) => string | undefined;
}

/**
 * The most SVG kept for the next build, in characters: memory is the limit at a province's
 * scale (100,000 charts, 500 MB). Charts past it are drawn again next time.
 */
const MAX_KEPT = 150_000_000;

const KEY = Symbol.for('yuanding.chart-store');
const store = (): Store | undefined => (globalThis as { [KEY]?: Store })[KEY];

class HasFunction extends Error {}
const replacer = (_: string, value: unknown) => {
  if (typeof value === 'function') throw new HasFunction();
  if (typeof value === 'number' && !Number.isFinite(value)) return `\u0000${value}`; // NaN and null draw differently
  return value;
};

/** Every cached chart's drawing function by name: a worker thread draws a chart by its name (./draw-worker.ts). */
export const drawers = new Map<string, (...args: never) => string>();

/** Keeps a drawn chart for the next build, while the store has room. */
export function keep(key: string, svg: string): string {
  const s = store();
  if (s && !s.drawn.has(key) && s.size + svg.length <= MAX_KEPT) {
    s.drawn.set(key, svg);
    s.size += svg.length;
  }
  return svg;
}

/**
 * `draw`, answering from the store when the same chart was drawn before.
 *
 * With `words`, the chart's drawing depends on the text of its string arguments only where
 * that text is written (titles, labels, tooltips), never for its layout: it is drawn once with
 * a placeholder for each distinct string, and the words of each language are put in after. A
 * school's Chinese and English charts then cost one drawing. tests/charts/parallel.test.ts
 * holds such a chart to be byte-identical to drawing it directly.
 */
export function cached<A extends unknown[]>(name: string, draw: (...args: A) => string, { words = false } = {}): (...args: A) => string {
  drawers.set(name, draw);
  return (...args: A) => {
    const s = store();
    if (!s) return draw(...args);
    const neutral = words ? withoutWords(args) : null;
    return neutral ? lookUp(s, name, draw, neutral.args as A, neutral.words) : lookUp(s, name, draw, args);
  };
}

/**
 * The stored drawing, or a new one, with `words` put in; or the marker of one a worker will
 * draw, which carries the words until the pool puts them in (./parallel.ts).
 */
function lookUp<A extends unknown[]>(s: Store, name: string, draw: (...args: A) => string, args: A, words?: readonly string[]): string {
  const worded = (svg: string) => (words ? withWords(svg, words) : svg);
  let key: string;
  try {
    key = hash('sha256', `${name}\u0000${JSON.stringify(args, replacer)}`, 'base64');
  } catch (e) {
    if (e instanceof HasFunction) return worded(draw(...args));
    throw e;
  }
  const svg = s.drawn.get(key) ?? s.previous.get(key);
  if (svg !== undefined) {
    if (!s.new.has(key)) s.reused.add(key);
    return worded(keep(key, svg));
  }
  s.new.add(key);
  return s.defer?.(key, name, args, words) ?? worded(keep(key, draw(...args)));
}

/** A placeholder for the i-th distinct string of a chart's arguments: private-use characters, which no text holds. */
const placeholder = (i: number) => `\uE000${i}\uE001`;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/**
 * Line breaks (Plot splits text at them) and the placeholder's own characters: a string
 * holding one is not put in after, so the chart is drawn with its words. Markup characters
 * (& < > " ') are plain: the SVG writer escapes text and attribute values alike, with the
 * `escapeHtml` that puts words in (`withWords`).
 */
const NOT_A_PLAIN_WORD = /[\r\n\uE000\uE001]/;

/** The arguments with every string replaced by its placeholder, and the strings in order; null if a string or an object is not plain. */
export function withoutWords(args: readonly unknown[]): { args: unknown[]; words: string[] } | null {
  const words: string[] = [];
  const index = new Map<string, number>();
  let plain = true;
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (NOT_A_PLAIN_WORD.test(value)) plain = false;
      let i = index.get(value);
      if (i === undefined) index.set(value, (i = words.push(value) - 1));
      return placeholder(i);
    }
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) plain = false; // a Date or a Map would not survive
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  const neutral = args.map(strip);
  return plain ? { args: neutral, words } : null;
}

/**
 * A drawing made from placeholders, with the words put in, escaped as the SVG writer
 * (../site/escape.ts, `serializeMarkup`) escapes every text and attribute value: the same bytes
 * as the chart drawn with its words.
 */
export function withWords(svg: string, words: readonly string[]): string {
  return svg.replace(PLACEHOLDER, (_, i: string) => {
    const word = words[Number(i)];
    if (word === undefined) throw new Error(`chart drawing: placeholder ${i} has no word (${words.length} words)`);
    return escapeHtml(word);
  });
}

/**
 * Opens the store kept in `file` (empty if there is none yet, or no file: a build without a
 * cache still draws each chart once, and on every core). One chart per line, read as a stream:
 * a province's store (100,000 charts, 500 MB) is longer than a JavaScript string may be.
 */
export async function openChartStore(file: string | null, defer?: Store['defer']): Promise<void> {
  const previous = new Map<string, string>();
  if (file) try {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      const [key, svg] = JSON.parse(line) as [string, string];
      previous.set(key, svg);
    }
  } catch {
    previous.clear(); // no store yet, or a damaged one: draw everything
  }
  (globalThis as { [KEY]?: Store })[KEY] = { previous, drawn: new Map(), reused: new Set(), new: new Set(), size: 0, ...(defer ? { defer } : {}) };
}

/**
 * Closes the store, saving to `file` the charts this build drew (those it no longer draws are
 * dropped); says how many were reused.
 */
export async function saveChartStore(file: string | null): Promise<{ drawn: number; reused: number }> {
  const s = store();
  if (!s) return { drawn: 0, reused: 0 };
  const counts = { drawn: s.new.size, reused: s.reused.size };
  delete (globalThis as { [KEY]?: Store })[KEY];
  if (!file) return counts;
  const out = createWriteStream(file, 'utf8');
  for (const entry of s.drawn) {
    if (!out.write(`${JSON.stringify(entry)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return counts;
}
