// The set of every label the recogniser knows, so the free text a user typed can be told apart from the form's labels.
import { normalizeLabel, stripParenthetical } from '../text/normalize';
import * as labels from './labels';
import type { Field } from './model';
import type { SheetIndex } from './sheet-index';

function gather(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(normalizeLabel(value));
  else if (Array.isArray(value)) value.forEach((v) => gather(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => gather(v, out));
}

const KNOWN = (() => {
  const out = new Set<string>();
  gather(Object.values(labels), out);
  for (const extra of ['名称', '按资金来源', '按支出类型', '其中', '一级指标', '二级指标', '三级指标']) out.add(extra);
  return out;
})();

export function isKnownLabel(norm: string): boolean {
  if (KNOWN.has(norm)) return true;
  // The regex forms only where they can change the text (this runs for every text cell of a sheet).
  return (
    (norm.endsWith(')') && KNOWN.has(stripParenthetical(norm))) ||
    (norm.startsWith('其中') && KNOWN.has(norm.replace(/^其中:?/, '')))
  );
}

/** Every text a person typed into the sheet (not the form's own labels), as fields, in reading order. */
export function collectTexts(index: SheetIndex): Field<string>[] {
  const texts: Field<string>[] = [];
  index.grid.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || cell.mergedFrom || typeof cell.value !== 'string' || cell.value.trim() === '') return;
      // SheetIndex has already normalised every text of up to 40 characters.
      if (cell.value.length <= 40 && isKnownLabel(index.norm(r, c))) return;
      texts.push(index.text({ row: r, col: c }));
    });
  });
  return texts;
}
