// Looks at a file's bytes before exceljs does: what kind of file it is and how big it unpacks (zip-bomb guard).
import { MAX_UNCOMPRESSED_BYTES, WorkbookReadError } from './read-errors';

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

/** Sum of the uncompressed sizes the zip's central directory declares, read without inflating anything. */
export function declaredUncompressedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError('corrupt', '找不到 zip 目录（文件可能被截断）');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new WorkbookReadError('corrupt', 'zip 目录不完整');
    total += view.getUint32(offset + 24, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

/** Throws a WorkbookReadError unless the bytes look like a readable .xlsx of a sane unpacked size. */
export function probeWorkbookBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookReadError(containsUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptionInfo') ? 'encrypted' : 'xls');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError('not-xlsx');
  const size = declaredUncompressedSize(bytes);
  if (size > MAX_UNCOMPRESSED_BYTES) throw new WorkbookReadError('too-large', `声明解压大小 ${Math.round(size / 1024 / 1024)} MB`);
}
