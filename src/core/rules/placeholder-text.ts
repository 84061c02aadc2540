// placeholder-text: template residue (（单位名称）, XX, ……, 【…】, instruction texts) left in a value the user fills.
import type { CellRef } from '../grid/grid';
import type { WorkbookModel } from '../template/model';
import { templateResidue } from '../text/residue';
import { defineRule } from '../rule-kit/rule';
import { foldText, placeOf, quote, userTexts } from '../rule-kit/texts';
import { amountsEqual } from '../calc/compare';
import type { Settings } from '../calc/settings';

export default defineRule({
  meta: {
    id: 'placeholder-text',
    name: '模板提示文字未删除',
    severity: 'error',
    description:
      'Template residue left in a value the user fills: （单位名称）, XX, ××, **, ……, 【…】, （100字以内）, instruction texts.',
    messages: {
      residue:
        '“{{where}}”中还留有模板的提示文字“{{residue}}”，没有替换成实际内容。请删除提示文字并填写本单位的实际情况。',
      residueRows:
        '{{count}} 个单元格只有模板的占位符“{{residue}}”（{{where}}等），是模板留下的空行，没有填写内容。请删除这些空行，或填写实际内容。',
      residueList:
        '{{count}} 个单元格（{{where}}等）都还留有模板的占位符“{{residue}}”，没有替换成实际内容。请在这些单元格中把占位符换成实际的数值或文字。',
      slotRow: '{{where}}的指标行只有模板的占位符“{{residue}}”，是模板为备用指标留下的空行，不参与计分。可删除这一行。',
      slotRows:
        '{{count}} 个指标行只有模板的占位符“{{residue}}”（{{where}}等），是模板为备用指标留下的空行，不参与计分。可删除这些空行。',
    },
  },
  check(context) {
    const slot = unusedIndicatorSlot(context.model);
    const nothingToExplain = budgetNeedsNoReason(context.model, context.settings);
    // Cells holding nothing but a placeholder ("……" rows the form ships) are one leftover, reported once per sheet;
    // an unused indicator row of the form ("……" under the last 三级指标) is a leftover of the layout, not a gap.
    const rows = new Map<string, Group>();
    const slots = new Map<string, Group>();
    // The same placeholder left in several cells of one column ("≥**平方米" in every 三级指标) is one leftover too.
    const lists = new Map<string, Group>();
    const add = (groups: Map<string, Group>, key: string, ref: CellRef, where: string, residue: string) => {
      const group = groups.get(key);
      if (group) group.cells.push(ref);
      else groups.set(key, { cells: [ref], where, residue });
    };
    let refId = 0;
    for (const text of userTexts(context.model)) {
      const found = templateResidue(text.text);
      const ref = text.field.ref;
      if (found.length === 0) continue;
      // The form's printed rule for its 原因 cell ("未达到90%的需说明原因…预算调整的应单独说明理由") asks for nothing
      // when the budget was neither under-spent nor adjusted: left in, it is the form's own text, not a gap.
      if (nothingToExplain && CONDITIONAL_REASON_HINT.test(foldText(text.text))) continue;
      const bare = text.text.normalize('NFKC').trim();
      // "①……", "(3)……": a numbered spare row the printed form ships, wherever it stands (budget or indicators).
      const numberedSlot = NUMBERED_SLOT.test(bare) && bare.replace(NUMBERED_SLOT, '') === found[0];
      if (found.length === 1 && (bare === found[0] || numberedSlot)) {
        // Quoted as the cell shows it ("……", not its folded "......").
        add(slot(ref) || numberedSlot ? slots : rows, ref.sheet, ref, placeOf(text), text.text.trim());
        continue;
      }
      const residue = found.map((f) => quote(f, 30)).join('”、“');
      // A hint (（200字以内）) belongs to its own field, each reported; a fill-in marker (**, XX) repeated down a
      // column is one leftover.
      const key = FILL_IN_MARKER.test(residue) ? `${ref.sheet}\u0000${ref.col}\u0000${residue}` : `${refId++}`;
      add(lists, key, ref, placeOf(text), residue);
    }
    for (const group of lists.values()) {
      context.report({
        messageId: group.cells.length === 1 ? 'residue' : 'residueList',
        cells: group.cells,
        data: { count: group.cells.length, where: group.where, residue: group.residue },
      });
    }
    for (const group of slots.values()) {
      context.report({
        messageId: group.cells.length === 1 ? 'slotRow' : 'slotRows',
        severity: 'warning',
        cells: group.cells,
        data: { count: group.cells.length, where: group.where, residue: quote(group.residue, 30) },
      });
    }
    for (const group of rows.values()) {
      if (group.cells.length === 1) {
        context.report({
          messageId: 'residue',
          cells: group.cells,
          data: { where: group.where, residue: quote(group.residue, 30) },
        });
        continue;
      }
      context.report({
        messageId: 'residueRows',
        cells: group.cells,
        data: { count: group.cells.length, where: group.where, residue: quote(group.residue, 30) },
      });
    }
  },
});

type Group = { cells: CellRef[]; where: string; residue: string };

/** The enumerator of a numbered row ("①" is "1" after NFKC, "(3)", "2.", "四、"). */
const NUMBERED_SLOT = /^(?:\(?\d{1,2}(?:[)、]|\.(?!\.))?|[一二三四五六七八九十]+、)/;

/**
 * Whether a cell is a spare indicator row the form ships: in the 三级指标 column of the indicator block, below its
 * header, on a row not read as an indicator (nothing filled but the placeholder).
 */
function unusedIndicatorSlot(model: WorkbookModel): (ref: CellRef) => boolean {
  const block = model.data?.indicators;
  const nameCol = block?.columns.name;
  if (!block || nameCol === undefined) return () => false;
  const used = new Set(block.rows.map((r) => r.row));
  return (ref) => ref.sheet === block.sheet && ref.col === nameCol && ref.row > block.headerRow && !used.has(ref.row);
}

/** The printed rule of a budget block's 原因 cell: a reason only below a rate, or for a mid-year adjustment. */
const CONDITIONAL_REASON_HINT = /未达到\d+(\.\d+)?%.{0,8}说明原因|预算调整.{0,16}说明理由/;

/** Whether the budget total needs no reason: its 执行率 is at or above the threshold and it was not adjusted. */
function budgetNeedsNoReason(model: WorkbookModel, settings: Settings): boolean {
  const total = model.data?.budget?.rows.find((r) => r.kind === 'total');
  const planned = total?.planned?.value;
  const actual = total?.actual?.value;
  if (planned == null || actual == null || planned <= 0) return false;
  const initial = total?.initial?.value;
  const adjusted = initial != null && !amountsEqual(initial, planned, settings);
  return actual / planned >= settings.lowExecutionRate && !adjusted;
}

/** A fill-in marker a form ships inside a value ("≥**平方米", "XX人"), as opposed to a hint sentence. */
const FILL_IN_MARKER = /^(?:[X×Ｘx*]{2,}|…{2,}|\.{6,})$/;
