// Reads the name of the unit a form belongs to, under the many labels real forms give it.
import type { CellPos } from '../grid/grid';
import { normalizeLabel } from '../text/normalize';
import { isKnownLabel } from './known-labels';
import { UNIT_LABEL_RANKS } from './labels';
import type { Field } from './model';
import type { SheetIndex } from './sheet-index';

/** Longest text read as a unit label: "预算部门、单位名称", "单位名称(盖章)"; anything longer is prose. */
const MAX_UNIT_LABEL = 14;

/** The rank of a unit label (lower wins), or undefined when the text is no unit label. */
function unitLabelRank(norm: string): number | undefined {
  const label = norm.replace(/\(盖章\)$/, '').replace(/:$/, '');
  if (label.length === 0 || label.length > MAX_UNIT_LABEL) return undefined;
  for (let rank = 0; rank < UNIT_LABEL_RANKS.length; rank++) {
    const rule = UNIT_LABEL_RANKS[rank]!;
    if (rule.exact.includes(label) || rule.suffix.some((s) => label.endsWith(s))) return rank;
    // "单位(盖章)": the bare 单位 names the unit only when the form asks for its seal.
    if (rank === 0 && label === '单位' && norm.startsWith('单位(盖章)')) return rank;
  }
  return undefined;
}

/**
 * Whether a text is a label of the form rather than a value: a known label, a unit label, a "label:" or a statement
 * "label:value" of its own ("单位:万元" right of an empty 填报单位: no unit is named "单位:万元").
 */
function isLabel(norm: string): boolean {
  return isKnownLabel(norm) || unitLabelRank(norm) !== undefined || /^[^:]{1,10}:/.test(norm);
}

/** A "label:value" text's value, cut where the next "label:" of the same cell begins ("… 填报日期:2023年4月15日"). */
export function inlineValue(text: string): string {
  const after = text.slice(text.search(/[:：]/) + 1);
  return after.split(/[\s\u3000]+[^\s\u3000:：]{1,10}[:：]/)[0]!.trim();
}

/** An organisation code the budget system puts before a unit's name ("219001-某镇人民政府"): not part of the name. */
const ORG_CODE_PREFIX = /^(?=[0-9A-Z]*\d{3})[0-9A-Z]{3,}\s*[-－—_]\s*(?=\S)/;

function withoutOrgCode(field: Field<string>): Field<string> {
  const value = field.value?.trim() ?? '';
  const name = value.replace(ORG_CODE_PREFIX, '');
  return name === value || name === '' ? field : { ...field, value: name };
}

/** The rank of 实施单位 in UNIT_LABEL_RANKS, and where a section named there ranks: after every unit label. */
const IMPLEMENTER_RANK = 1;
const SECTION_RANK = UNIT_LABEL_RANKS.length;

/** A section inside a department (粮食调控储备与产业发展股, 农业工作科), not an organisation with a budget of its own. */
const isSection = (name: string | null): boolean => /[股科]$/.test(name?.trim() ?? '');

type Scan = {
  readonly best?: { rank: number; field: Field<string>; inline: boolean };
  /** The empty value slot of each unit label that holds no name, highest rank first. */
  readonly blanks: readonly { rank: number; field: Field<string> }[];
};

function scanUnitLabels(index: SheetIndex, bottom: number): Scan {
  let best: { rank: number; field: Field<string>; inline: boolean } | undefined;
  const blanks: { rank: number; field: Field<string> }[] = [];
  const last = Math.min(bottom, index.grid.rowCount - 1);
  for (let row = 0; row <= last; row++) {
    const cells = index.grid.cells[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.mergedFrom || typeof cell.value !== 'string') continue;
      const norm = index.norm(row, col);
      if (norm === '') continue;
      const colon = norm.indexOf(':');
      let rank = unitLabelRank(colon >= 0 ? norm.slice(0, colon) : norm);
      if (rank === undefined) continue;
      const pos: CellPos = { row, col };
      let field: Field<string> | undefined;
      if (colon >= 0) {
        const value = inlineValue(cell.value);
        if (value !== '') field = { ...index.text(pos), value };
      } else {
        const at = index.valueRightOf(pos);
        const text = at && index.text(at);
        if (text?.value && !isLabel(normalizeLabel(text.value))) field = text;
        if (!field) {
          const ref = index.ref(index.slotRightOf(pos));
          blanks.push({ rank, field: { ref, value: null, raw: null, problem: 'blank' } });
        }
      }
      // At the same rank, the table's own field (label cell, value cell) beats a name typed inline in a caption line
      // above the table ("单位名称：某镇政府  填报日期：…" over 单位名称 | 某镇人民政府).
      const inline = colon >= 0;
      // An 实施单位 that is a section of its department (…股, …科) is not a unit of its own: the 主管部门 is.
      if (field && rank === IMPLEMENTER_RANK && isSection(field.value)) rank = SECTION_RANK;
      if (field && (!best || rank < best.rank || (rank === best.rank && best.inline && !inline)))
        best = { rank, field, inline };
    }
  }
  blanks.sort((a, b) => a.rank - b.rank);
  return { ...(best ? { best } : {}), blanks };
}

/**
 * The unit's name: the value of the highest-ranked unit label above `bottom` (the unit that did the work beats
 * its supervising department), read inline ("单位名称：某局") or from the first filled cell right of the label.
 * A value that is itself a label ("财政处室" next to an empty 主管部门) is no value: that label counts as blank.
 * When no unit label holds a name, the empty slot of the highest-ranked one is the blank to point at.
 */
export function readUnitName(index: SheetIndex, bottom = index.grid.rowCount - 1): Field<string> | undefined {
  const { best, blanks } = scanUnitLabels(index, bottom);
  return best ? withoutOrgCode(best.field) : blanks[0]?.field;
}

/**
 * The empty slots of the other unit labels when no label names the unit (an empty 主管部门 beside an empty 实施单位):
 * each is a gap of the form's head, reported with the unit's own blank.
 */
export function otherBlankUnitSlots(index: SheetIndex, bottom = index.grid.rowCount - 1): Field<string>[] {
  const { best, blanks } = scanUnitLabels(index, bottom);
  return best ? [] : blanks.slice(1).map((b) => b.field);
}
