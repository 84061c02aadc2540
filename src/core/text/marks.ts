// Marks a form writes in a cell for "not applicable / none": a dash, a slash or 无. They are never a value to fill.

/** "—", "-", "－", "–", "/", "／" (one or several), "无", "不适用", after trimming and full-width folding. */
const MARK = /^(?:[-－—–―‐/／\\]+|无|不适用)$/;

export function isMark(text: string | null | undefined): boolean {
  if (text == null) return false;
  return MARK.test(text.normalize('NFKC').replace(/\s+/g, ''));
}
