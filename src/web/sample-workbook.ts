// The bundled sample workbook, embedded in the page (a data: URL built by webpack) because a page opened from disk
// cannot fetch its own files; loaded as its own chunk when the user asks for it.
import sampleDataUrl from '../../assets/sample-2024.xlsx';

export function sampleBytes(): Uint8Array {
  const base64 = sampleDataUrl.slice(sampleDataUrl.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
