// How wide a text shows in a cell, for sheets written from scratch that must state their row heights.

/** Width in Excel's character units: a CJK character takes two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2.1 : 1.1;
  return w;
}
