/**
 * An annual report as an editable Word document (docx), from what its page says
 * (scripts/report-content.ts) and its charts as PNG images: laid out like a 公文 (GB/T 9704-2012
 * 党政机关公文格式) in Chinese: A4, 版心 156 × 225 mm, the issuing bureau in red above a red rule,
 * the title in 二号 小标宋, body text in 三号 仿宋_GB2312 at 22 lines a page, level-1 headings in
 * 黑体, page numbers "— 1 —" in 四号 宋体 (odd pages right, even pages left); in English, the same
 * page in Times New Roman and Arial. Every chart is followed by its 标题, 统计时点, 数据来源 and
 * 制表单位, and its data tables as Word tables. The same content and stamp make the same bytes.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, ImageRun, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphOptions } from 'docx';
import { t } from '../src/i18n/ui.ts';
import { fixedDocx } from './docx-zip.ts';
import type { Block, DataTable, ReportContent, Run } from './report-content.ts';

/** A chart drawn as a PNG; width and height are the drawing's size in CSS pixels. */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

interface Face {
  readonly latin: string;
  readonly cjk: string;
  /** points */
  readonly size: number;
  readonly bold?: boolean;
}
interface Look {
  readonly issuer: Face;
  readonly title: Face;
  readonly date: Face;
  readonly heading: Face;
  readonly body: Face;
  readonly small: Face;
  readonly page: Face;
  /** body line spacing (twips, exact) or null for single spacing */
  readonly line: number | null;
  readonly indent: number;
}

const TNR = 'Times New Roman';
// 三号 16 pt; 225 mm / 22 lines = 28.95 pt a line; the first line indented two characters.
const ZH: Look = {
  issuer: { latin: '方正小标宋简体', cjk: '方正小标宋简体', size: 36 },
  title: { latin: '方正小标宋简体', cjk: '方正小标宋简体', size: 22 },
  date: { latin: TNR, cjk: '楷体_GB2312', size: 16 },
  heading: { latin: TNR, cjk: '黑体', size: 16 },
  body: { latin: TNR, cjk: '仿宋_GB2312', size: 16 },
  small: { latin: TNR, cjk: '仿宋_GB2312', size: 12 },
  page: { latin: '宋体', cjk: '宋体', size: 14 },
  line: 579,
  indent: 640,
};
const EN: Look = {
  issuer: { latin: TNR, cjk: '宋体', size: 26, bold: true },
  title: { latin: TNR, cjk: '宋体', size: 18, bold: true },
  date: { latin: TNR, cjk: '宋体', size: 12 },
  heading: { latin: 'Arial', cjk: '黑体', size: 13, bold: true },
  body: { latin: TNR, cjk: '宋体', size: 12 },
  small: { latin: 'Arial', cjk: '宋体', size: 9 },
  page: { latin: TNR, cjk: '宋体', size: 11 },
  line: null,
  indent: 0,
};
const RED = 'FF0000';

/**
 * Word substitutes a font that is missing by its altName, else by its charset and family: a
 * bureau's PC without 方正小标宋简体 or 仿宋_GB2312 shows 宋体 and 仿宋 rather than a Latin face.
 */
const FONTS: readonly (readonly [name: string, alt: string, family: string, pitch: string])[] = [
  ['方正小标宋简体', '宋体', 'script', 'variable'],
  ['仿宋_GB2312', '仿宋', 'modern', 'fixed'],
  ['楷体_GB2312', '楷体', 'modern', 'fixed'],
  ['黑体', 'SimHei', 'modern', 'fixed'],
  ['宋体', 'SimSun', 'auto', 'variable'],
];
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${FONTS.map(([name, alt, family, pitch]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`).join('')}<w:font w:name="${TNR}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Arial"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

/** Twips, rounded (docx's own converter rounds down: A4 would be a twip short of Word's). */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);
/** GB/T 9704: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 页码 7 mm below the 版心. */
const TEXT_WIDTH = mm(156);
const TEXT_WIDTH_PX = (156 / 25.4) * 96; // docx sizes images in pixels at 96 dpi

const LABELS = {
  title: { zh: '标题', en: 'Title' },
  source: { zh: (bureau: string) => `${bureau}报送的人事数据表`, en: (bureau: string) => `personnel spreadsheets submitted by ${bureau}` },
  maker: { zh: '制表单位', en: 'Compiled by' },
} as const;

const text = (s: string, face: Face, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text: s, font: { ascii: face.latin, hAnsi: face.latin, eastAsia: face.cjk, cs: face.latin }, size: face.size * 2, bold: extra.bold ?? face.bold ?? false, ...(extra.color ? { color: extra.color } : {}) });

function layout(content: ReportContent, images: ReadonlyMap<string, ChartImage>) {
  const { lang } = content;
  const look = lang === 'zh' ? ZH : EN;
  const sep = lang === 'zh' ? '：' : ': ';
  const spacing = look.line ? { line: look.line, lineRule: LineRuleType.EXACT } : { after: 120, line: 276, lineRule: LineRuleType.AUTO };
  // A linked figure keeps the page's look (no underline, no colour): the document reads as a 公文, and a click still opens its indicator.
  const run = (r: Run, face: Face) => (r.link ? new ExternalHyperlink({ link: r.link, children: [text(r.text, face, r.bold ? { bold: true } : {})] }) : text(r.text, face, r.bold ? { bold: true } : {}));
  const para = (runs: readonly Run[], face: Face, options: IParagraphOptions = {}) => new Paragraph({ spacing, ...options, children: runs.map((r) => run(r, face)) });
  const centred = (s: string, face: Face, options: IParagraphOptions = {}) => para([{ text: s }], face, { alignment: AlignmentType.CENTER, ...options });
  const body = (runs: readonly Run[]) => para(runs, look.body, { indent: { firstLine: look.indent }, alignment: AlignmentType.JUSTIFIED });
  let drawn = 0;

  const chart = (block: Extract<Block, { kind: 'chart' }>) => {
    const image = images.get(block.id);
    if (!image) throw new Error(`No image of chart #${block.id}`);
    const width = Math.min(image.width, TEXT_WIDTH_PX);
    const height = (image.height * width) / image.width;
    drawn++;
    const single = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } };
    return [
      body([{ text: block.caption }]),
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(width), height: Math.round(height) }, altText: { id: String(drawn), name: `${block.id}.png`, title: block.title, description: block.caption } })] }),
      centred(`${LABELS.title[lang]}${sep}${block.title}${lang === 'zh' ? '　' : '   '}${content.date}`, look.small, { ...single, keepNext: true }),
      centred(`${t(lang, 'dataSource')}${sep}${LABELS.source[lang](content.issuer)}${lang === 'zh' ? '　' : '   '}${LABELS.maker[lang]}${sep}${content.issuer}`, look.small, { spacing: { before: 0, after: 200 } }),
      ...block.tables.flatMap((table) => [centred(table.caption, look.small, { ...single, keepNext: true }), wordTable(table, look.small), new Paragraph({ spacing: { after: 120 }, children: [] })]),
    ];
  };

  const blocks = content.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [para([{ text: block.text }], look.heading, { keepNext: true, outlineLevel: 0, ...(look.line ? {} : { spacing: { before: 240, after: 120 } }) })];
      case 'paragraph':
        return [body(block.runs)];
      case 'point':
        return [para(block.runs, look.body, { numbering: { reference: 'points', level: 0 }, alignment: AlignmentType.JUSTIFIED })];
      case 'note':
        return [para([{ text: block.text }], look.small, { spacing: { before: 240, line: 240, lineRule: LineRuleType.AUTO } })];
      case 'chart':
        return chart(block);
    }
  });

  const titleBlock = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [text(content.issuer, look.issuer, { color: RED })] }),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 1 } }, spacing: { after: 480 }, children: [] }),
    centred(content.title, look.title, { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } }),
    ...(content.date ? [centred(content.date, look.date)] : []),
    ...(content.note ? [para([{ text: content.note }], look.date, { indent: { firstLine: look.indent } })] : []),
  ];
  return { look, children: [...titleBlock, ...blocks] };
}

function wordTable(table: DataTable, face: Face): Table {
  const columns = Math.max(table.head.length, ...table.rows.map((r) => r.length), 1);
  const width = Math.floor(TEXT_WIDTH / columns);
  const cell = (s: string, i: number, head: boolean) => new TableCell({ children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [text(s, face, head ? { bold: true } : {})] })] });
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: [
      ...(table.head.length ? [new TableRow({ tableHeader: true, children: table.head.map((h, i) => cell(h, i, true)) })] : []),
      ...table.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

const pageNumber = (face: Face, alignment: 'left' | 'right') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (GB/T 9704 7.5).
        indent: alignment === 'right' ? { right: face.size * 20 } : { left: face.size * 20 },
        children: [text('— ', face), new TextRun({ children: [PageNumber.CURRENT], font: { ascii: face.latin, hAnsi: face.latin }, size: face.size * 2 }), text(' —', face)],
      }),
    ],
  });

/** The report as .docx bytes; `stamp` is its creation and modification time. */
export async function reportDocx(content: ReportContent, images: ReadonlyMap<string, ChartImage>, stamp: Date): Promise<Uint8Array> {
  const { look, children } = layout(content, images);
  const doc = new Document({
    title: content.title,
    creator: content.issuer,
    lastModifiedBy: content.issuer,
    description: content.date,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: look.body.latin, hAnsi: look.body.latin, eastAsia: look.body.cjk }, size: look.body.size * 2 } } } },
    numbering: { config: [{ reference: 'points', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: look.indent || 360, hanging: 360 } } } }] }] },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23) } } },
        footers: { default: pageNumber(look.page, 'right'), even: pageNumber(look.page, 'left') },
        children,
      },
    ],
  });
  return fixedDocx(await Packer.toBuffer(doc), stamp, { 'word/fontTable.xml': FONT_TABLE });
}
