// Template residue: the hints and placeholders a form ships with, which a unit must replace with its own content.

/** Each pattern is tried on the NFKC-folded text (full-width brackets become half-width). */
const RESIDUE: readonly RegExp[] = [
  /\(\s*(?:单位名称|部门名称|单位全称|填写单位名称)\s*\)/,
  /[X×Ｘ]{2,}|x{2,}|\*{2,}/,
  /…{2,}|\.{6,}/,
  /【[^】]*】/,
  /\(\s*\d+\s*字以[内下]\s*\)/,
  /说明本单位[^。]*/,
  /对照《[^》]*》\s*逐项分析[^。]*/,
  /此处填写|请在此填写|请在此处填写/,
];

/** The residue found in a text, each piece as it stands in the folded text; empty when there is none. */
export function templateResidue(text: string): string[] {
  const folded = text.normalize('NFKC');
  return RESIDUE.map((re) => re.exec(folded)?.[0]).filter((m): m is string => m !== undefined);
}

/** A numbered slot the form ships empty ("指标2：", "指标 1:"): a row left for an indicator the unit did not need. */
const EMPTY_SLOT = /^(?:指标)?\s*\d+\s*[:.、]?\s*$/;

export function isEmptySlot(text: string): boolean {
  return EMPTY_SLOT.test(text.normalize('NFKC').trim());
}
