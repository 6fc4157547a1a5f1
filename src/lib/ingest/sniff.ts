/**
 * What a file really is, from its first bytes, not its name: SheetJS would "parse" random
 * bytes or a renamed text file as a one-sheet CSV. Text is decoded here, because SheetJS
 * ignores the charset of CSV and HTML files (Chinese Excel saves CSV in GBK).
 */

export type FileFormat = 'zip' | 'ole' | 'html' | 'xml' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'; // .xlsx, .ods
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'; // .xls (BIFF)
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16 ("Unicode 文本" from Excel and WPS)
  const head = bytes.subarray(0, 4096);
  if (head.some((b) => b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b))) return 'binary';
  const ascii = new TextDecoder('latin1').decode(head).replace(/^\uFEFF|^ï»¿/, '').trimStart().toLowerCase();
  if (ascii.startsWith('<?xml') && ascii.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml';
  if (/^<(!doctype html|html|table|meta|head)/.test(ascii)) return 'html';
  return 'text';
}

/** Decodes text: UTF-16 by its byte-order mark; UTF-8 when it is valid UTF-8 (BOM or not); else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
