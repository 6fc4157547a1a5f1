/**
 * Checks on a workbook's container before SheetJS opens it: how large its parts inflate to
 * (a 1 MB file can inflate to gigabytes), and whether it is encrypted (SheetJS says so only in
 * English, or not at all for an encrypted .ods).
 */
import { unzipSync } from 'fflate';
import type { FileFormat } from './sniff.ts';

export type ContainerProblem =
  | { readonly kind: 'too-large'; readonly entry: string; readonly bytes: number; readonly onePart?: true }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'damaged'; readonly message: string };

const OLE_ENCRYPTED = ['EncryptionInfo', 'EncryptedPackage'].map((s) => Buffer.from(s, 'utf16le'));

/**
 * The longest string V8 can hold (2^29 − 24 characters). SheetJS reads each sheet's XML as one
 * string, so a sheet whose XML is longer cannot be read at all: it is refused with a message
 * saying so (split the sheet), never passed to SheetJS, which would fail or read nothing.
 */
export const MAX_PART_BYTES = 2 ** 29 - 24;

export function checkContainer(bytes: Uint8Array, format: FileFormat, maxInflatedBytes: number, maxPartBytes = MAX_PART_BYTES): ContainerProblem | null {
  if (format === 'ole') {
    // An encrypted .xlsx is an OLE container holding these two streams.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return OLE_ENCRYPTED.some((name) => buffer.includes(name)) ? { kind: 'encrypted' } : null;
  }
  if (format !== 'zip') return null;
  let directory: ZipDirectory;
  try {
    directory = zipDirectory(bytes);
  } catch (e) {
    return { kind: 'damaged', message: e instanceof Error ? e.message : String(e) };
  }
  const { total, largest, manifest } = directory;
  if (largest.bytes > maxPartBytes && largest.bytes <= maxInflatedBytes) return { kind: 'too-large', ...largest, onePart: true };
  if (largest.bytes > maxInflatedBytes || total > maxInflatedBytes) return { kind: 'too-large', ...(total > largest.bytes && total > maxInflatedBytes ? { entry: '', bytes: total } : largest) };
  // An .ods saved with a password keeps its zip but encrypts each part (declared in the manifest).
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data')) return { kind: 'encrypted' };
  return null;
}

interface ZipDirectory {
  /** every part's inflated size, added up */
  readonly total: number;
  readonly largest: { readonly entry: string; readonly bytes: number };
  /** an .ods's META-INF/manifest.xml, the one part inflated */
  readonly manifest: Uint8Array | undefined;
}

/** What a zip's central directory says of its parts; throws on a damaged zip. */
function zipDirectory(bytes: Uint8Array): ZipDirectory {
  let largest = { entry: '', bytes: 0 };
  let total = 0;
  const parts = unzipSync(bytes, {
    filter: (f) => {
      total += f.originalSize;
      if (f.originalSize > largest.bytes) largest = { entry: f.name, bytes: f.originalSize };
      return f.name === 'META-INF/manifest.xml' && f.originalSize < 1_000_000;
    },
  });
  return { total, largest, manifest: parts['META-INF/manifest.xml'] };
}

/**
 * How large a workbook is once open: its parts' inflated size for a zip (.xlsx, .ods), else its
 * own size. SheetJS holds about six times this in memory while it reads (a province's 29 MB
 * roster inflates to 234 MB and takes 1.5 GB).
 */
export function openedSize(bytes: Uint8Array): number {
  try {
    return Math.max(zipDirectory(bytes).total, bytes.byteLength);
  } catch {
    return bytes.byteLength; // not a zip, or damaged: the worker says which
  }
}
