/**
 * The font a report prints in: Noto Sans CJK SC (Debian's fonts-noto-cjk, found by fontconfig)
 * cut down by HarfBuzz to the characters of that one report, and given to the page as a web
 * font. Chromium's PDF writer draws the glyphs of a CFF-outlined font such as Noto CJK as Type 3
 * pictures; taken from the 20 MB system collection, that made a Chinese report three times as
 * slow to print as its English twin and twice the bytes (122 Type 3 fonts in one report). From a
 * font of about 90 KB a weight it draws only what the report uses (7 Type 3 fonts); the PDF's text
 * stays text, with its Unicode map.
 *
 * Only printing uses it; readers' browsers keep their own fonts. Without the font on this
 * machine, reports print with the system fonts as before.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const PRINT_FAMILY = 'Yuanding Print';
/** The family the print font is cut from; its cut faces keep the name. */
export const SOURCE_FAMILY = 'Noto Sans CJK SC';
const WEIGHTS = [{ weight: 400, style: 'Regular' }, { weight: 700, style: 'Bold' }] as const;

/** The raw exports of harfbuzz-subset.wasm used here (the C API: pointers are numbers into `memory`). */
interface HarfBuzz {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** A face of the source font, loaded once into HarfBuzz's memory and cut for each report. */
interface LoadedFace { readonly weight: number; readonly face: number }

/** The print font cut to one report's characters: an OpenType file a weight. */
export type CutFaces = readonly { readonly weight: number; readonly bytes: Uint8Array }[];

export interface PrintFont {
  /** The faces cut to the CJK characters of `text` (a report page's HTML). */
  cut(text: string): Promise<CutFaces>;
  /**
   * The stylesheet a page prints with: the cut faces in the print family, at each weight, as
   * data: URLs, set on every element (the charts' SVG text too); every other character, and any
   * missing, in the site's own faces (--font in src/styles/site.css).
   */
  css(faces: CutFaces): string;
  /** What the cut fonts come from (file, face, size, time), for the digest that names kept PDFs. */
  readonly identity: string;
  /** The weights it has: 400, and 700 where Noto Sans CJK SC Bold is installed. */
  readonly weights: readonly number[];
}

const run = promisify(execFile);

/** The face fontconfig picks for a pattern ('sans-serif:style=Bold'), or null without fontconfig. */
export async function fcMatch(pattern: string): Promise<{ families: string[]; styles: string[]; file: string; index: number } | null> {
  try {
    const { stdout } = await run('fc-match', ['-f', '%{family}\t%{style}\t%{file}\t%{index}', pattern]);
    const [families = '', styles = '', file = '', index = ''] = stdout.split('\t');
    return file ? { families: families.split(','), styles: styles.split(','), file, index: Number(index) || 0 } : null;
  } catch {
    return null;
  }
}

/**
 * Where fontconfig has the family at a style: file and face index, or null where it would
 * substitute another family or another style (the Regular file for a Bold not installed).
 */
async function locate(style: string): Promise<{ file: string; index: number } | null> {
  const found = await fcMatch(`${SOURCE_FAMILY}:style=${style}`);
  return found && found.families.includes(SOURCE_FAMILY) && found.styles.includes(style) ? { file: found.file, index: found.index } : null;
}

async function harfBuzz(): Promise<HarfBuzz> {
  const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  const { instance } = await WebAssembly.instantiate(await readFile(wasm));
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  return hb;
}

/**
 * The blocks the print font is given for: Han characters, CJK punctuation (、。「」) and
 * full-width forms (，：（）). Latin letters, digits and general punctuation (’ “ ” · —) keep
 * the site's own faces, as they printed before: Noto CJK draws those full-width, a gap in
 * “Bachelor’s” on an English report.
 */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf], [0x3000, 0x303f], [0x3040, 0x30ff], [0x3100, 0x312f], [0x3190, 0x31ff], [0x3200, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xffef], [0x20000, 0x2ffff],
];
const UNICODE_RANGE = CJK_RANGES.map(([a, b]) => `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`).join(', ');
export const isCjk = (p: number): boolean => CJK_RANGES.some(([a, b]) => p >= a && p <= b);

/** The CJK code points a report's HTML holds: its text and charts as written, and characters written as numeric references. */
function codePoints(text: string): Set<number> {
  const points = new Set<number>();
  for (const ch of text) points.add(ch.codePointAt(0)!);
  for (const [, dec, hex] of text.matchAll(/&#(?:(\d+)|x([0-9a-fA-F]+));/g)) points.add(dec ? Number(dec) : parseInt(hex!, 16));
  return new Set([...points].filter(isCjk));
}

/** `face` cut to `points`, as an OpenType file; every layout feature kept (tabular figures, vertical punctuation). */
function cut(hb: HarfBuzz, face: number, points: Set<number>): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('HarfBuzz: hb_subset_input_create_or_fail');
  let subset = 0;
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const p of points) hb.hb_set_add(unicodes, p);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (!subset) throw new Error('HarfBuzz: hb_subset_or_fail');
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob));
    return bytes.slice();
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}

/**
 * The print font of this machine, or null where fontconfig or Noto Sans CJK SC is not there.
 * The source files are read into HarfBuzz's memory (about 40 MB, kept until the process ends)
 * when the first report is cut, not before: a build whose reports are all kept needs only the
 * identity.
 */
export async function loadPrintFont(): Promise<PrintFont | null> {
  // Regular is needed; without Bold, Chromium emboldens the Regular for headings as it would the system font.
  const found = (await Promise.all(WEIGHTS.map(async ({ weight, style }) => ({ weight, at: await locate(style) }))))
    .flatMap(({ weight, at }) => (at ? [{ weight, ...at }] : []));
  if (found[0]?.weight !== 400) return null;
  const identity = await Promise.all(found.map(({ file, index }) => stat(file).then(({ size, mtimeMs }) => `${file}#${index}:${size}:${mtimeMs}`)));
  let loaded: Promise<{ hb: HarfBuzz; faces: LoadedFace[] }> | null = null;
  const load = async () => {
    const hb = await harfBuzz();
    const faces: LoadedFace[] = [];
    for (const { weight, file, index } of found) {
      const bytes = await readFile(file);
      const data = hb.malloc(bytes.byteLength);
      new Uint8Array(hb.memory.buffer).set(bytes, data);
      // The blob is never destroyed: its bytes back the face for as long as the process runs.
      const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
      faces.push({ weight, face: hb.hb_face_create(blob, index) });
    }
    return { hb, faces };
  };
  return {
    identity: identity.join('|'),
    weights: found.map((f) => f.weight),
    async cut(text) {
      const { hb, faces } = await (loaded ??= load());
      const points = codePoints(text);
      return faces.map(({ weight, face }) => ({ weight, bytes: cut(hb, face, points) }));
    },
    css(faces) {
      return faces
        .map(({ weight, bytes }) => `@font-face { font-family: '${PRINT_FAMILY}'; font-weight: ${weight}; unicode-range: ${UNICODE_RANGE}; src: url(data:font/otf;base64,${Buffer.from(bytes).toString('base64')}) format('opentype'); }`)
        .concat(`* { font-family: '${PRINT_FAMILY}', var(--font, sans-serif) !important; }`)
        .join('\n');
    },
  };
}

/**
 * A report's HTML with the print font, cut to its characters (PrintFont.cut of that HTML), in its
 * head: Chromium lays the page out once, in the print font, rather than again when a style
 * added after loading brings the font.
 */
export const withPrintFont = (html: string, font: PrintFont, faces: CutFaces): string =>
  html.replace('</head>', () => `<style>${font.css(faces)}</style></head>`);

/** Resolves once every weight of the print font is loaded in the page opened from withPrintFont's HTML. */
export async function printFontLoaded(page: Page, font: PrintFont): Promise<void> {
  const specs = font.weights.map((weight) => `${weight} 16px '${PRINT_FAMILY}'`);
  await page.evaluate((list) => Promise.all(list.map((spec) => document.fonts.load(spec))).then(() => undefined), specs);
}
