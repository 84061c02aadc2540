// Looks at a file's bytes before exceljs does: what kind of file it is and how big it unpacks (zip-bomb guard).
import { MAX_MERGE_CELLS, MAX_UNCOMPRESSED_BYTES, WorkbookReadError } from './read-errors';
import { rangeFromA1 } from '../core/grid/a1';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Searches for an ASCII name stored as UTF-16LE, as names are in a compound file's directory. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** One member of a zip as its central directory describes it. */
export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeader: number;
};

/** The zip's central directory, read without inflating anything. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError('corrupt', '找不到 zip 目录（文件可能被截断）');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw new WorkbookReadError('corrupt', 'zip 目录不完整');
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, Math.min(bytes.length, offset + 46 + nameLength))),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeader: view.getUint32(offset + 42, true),
    });
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Sum of the uncompressed sizes the zip's central directory declares, read without inflating anything. */
export function declaredUncompressedSize(bytes: Uint8Array): number {
  return readCentralDirectory(bytes).reduce((sum, e) => sum + e.uncompressedSize, 0);
}

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const LIED = '压缩数据解压后与 zip 目录声明的大小不符（文件损坏或被恶意构造）';

const MERGE_CELL = /<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]{1,3}\d{1,7}(?::[A-Z]{1,3}\d{1,7})?)"/g;

/** Throws when a worksheet's XML merges more cells than a form ever does: exceljs would create every one of them. */
function checkMerges(xml: string): void {
  for (const match of xml.matchAll(MERGE_CELL)) {
    const range = rangeFromA1(match[1] ?? '');
    if (!range) continue;
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells > MAX_MERGE_CELLS)
      throw new WorkbookReadError('huge-merge', `${match[1] ?? ''}，约 ${Math.round(cells / 10000)} 万个单元格`);
  }
}

/**
 * Inflates one deflated member chunk by chunk and stops as soon as it outgrows what the directory declared. A
 * worksheet's text is scanned for merged ranges on the way (keeping a short tail across chunk boundaries).
 */
async function checkInflatedSize(data: Uint8Array, declared: number, worksheet: boolean): Promise<void> {
  const reader = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder();
  let tail = '';
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > declared) throw new WorkbookReadError('corrupt', LIED);
      if (worksheet) {
        const text = tail + decoder.decode(value, { stream: true });
        checkMerges(text);
        tail = text.slice(-200);
      }
    }
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError('corrupt', '压缩数据无法解压');
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (total !== declared) throw new WorkbookReadError('corrupt', LIED);
}

/**
 * A synchronous raw-deflate inflater that stops at `maxBytes` of output (throwing past it). The CLI passes Node's
 * zlib; the browser has none and uses DecompressionStream.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** Deflate cannot expand data more than about 1032:1, so a member's true size is bounded by its compressed size. */
const MAX_DEFLATE_RATIO = 1032;

function checkInflatedSizeSync(data: Uint8Array, declared: number, worksheet: boolean, inflate: InflateRaw): void {
  let out: Uint8Array;
  try {
    out = inflate(data, declared);
  } catch {
    throw new WorkbookReadError('corrupt', LIED);
  }
  if (out.byteLength !== declared) throw new WorkbookReadError('corrupt', LIED);
  if (worksheet) checkMerges(new TextDecoder().decode(out));
}

/**
 * Makes sure no member inflates to more than its declared size, so the declared total (already capped by
 * probeWorkbookBytes) bounds what exceljs will inflate: exceljs/jszip inflate a member completely and compare sizes
 * only at the end, so a directory that lies about sizes would otherwise be inflated to the end, however big.
 * Worksheets are always inflated, for their merged ranges. Other members are skipped when even the maximum deflate
 * ratio keeps the whole file under the cap (every ordinary workbook): then no lie about their size can hurt.
 * Where the host has neither an injected inflater nor DecompressionStream, the declared-size check alone applies.
 */
export async function verifyInflatedSizes(bytes: Uint8Array, inflate?: InflateRaw): Promise<void> {
  if (!inflate && typeof DecompressionStream === 'undefined') return;
  const boundedByRatio = bytes.length * MAX_DEFLATE_RATIO <= MAX_UNCOMPRESSED_BYTES;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of readCentralDirectory(bytes)) {
    const worksheet = WORKSHEET.test(entry.name);
    if (!worksheet && boundedByRatio) continue;
    const at = entry.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      throw new WorkbookReadError('corrupt', 'zip 成员的本地文件头缺失');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new WorkbookReadError('corrupt', 'zip 成员的数据不完整（文件可能被截断）');
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new WorkbookReadError('corrupt', LIED);
      if (worksheet) checkMerges(new TextDecoder().decode(bytes.subarray(start, end)));
    } else if (entry.method === 8) {
      const data = bytes.subarray(start, end);
      if (inflate) checkInflatedSizeSync(data, entry.uncompressedSize, worksheet, inflate);
      else await checkInflatedSize(data, entry.uncompressedSize, worksheet);
    } else {
      throw new WorkbookReadError('corrupt', `不支持的压缩方式 ${entry.method}`);
    }
  }
}

/** Throws a WorkbookReadError unless the bytes look like a readable .xlsx of a sane unpacked size. */
export function probeWorkbookBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookReadError(
      containsUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptionInfo') ? 'encrypted' : 'xls',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError('not-xlsx');
  const size = declaredUncompressedSize(bytes);
  if (size > MAX_UNCOMPRESSED_BYTES)
    throw new WorkbookReadError('too-large', `声明解压大小 ${Math.round(size / 1024 / 1024)} MB`);
}
