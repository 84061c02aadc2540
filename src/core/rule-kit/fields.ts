// The catalogue of every cell the product reads, with a Chinese name, so whole-workbook rules can walk them all.
import type { Field, WorkbookModel } from '../template/model';
import { familyById } from '../template/families';
import { BUDGET_COLUMN_NAMES, MATERIAL_LABELS } from '../template/labels';
import type { MaterialKey, StaffKey } from '../template/model';
import { leavesOf } from '../template/parse-score-sheet';
import { rowLabel } from './naming';
import { refKey } from './total-cells';

export type FieldUse = {
  readonly field: Field<unknown>;
  /** What the cell holds, in Chinese: "年度资金总额的全年预算数". */
  readonly what: string;
  readonly numeric: boolean;
  readonly required: boolean;
  /** A rule that reports this field's non-numbers itself (so required-field does not report them twice). */
  readonly nonNumberOwner?: string;
};

const STAFF_NAMES: Record<StaffKey, string> = {
  authorised: '编制人数',
  employed: '年末在职人数',
  retired: '离退休人数',
  contract: '外聘人员',
  departments: '内设机构数',
  subordinates: '下属单位数',
};

/** Several rules walk the catalogue of one model: it is built once per model (a copy of the list is handed out). */
const CATALOGUES = new WeakMap<WorkbookModel, readonly FieldUse[]>();

export function fieldsOf(model: WorkbookModel): FieldUse[] {
  let catalogue = CATALOGUES.get(model);
  if (!catalogue) CATALOGUES.set(model, (catalogue = buildFieldsOf(model)));
  return [...catalogue];
}

/**
 * One use per cell: a one-sheet project form reads the same 得分 cell as an indicator's and as a 三级指标's, and a
 * cell is named once (by its first reading), required and numeric if either reading says so.
 */
function buildFieldsOf(model: WorkbookModel): FieldUse[] {
  const uses = new Map<string, FieldUse>();
  const add = (
    field: Field<unknown> | undefined,
    what: string,
    numeric: boolean,
    required = false,
    nonNumberOwner?: string,
  ) => {
    if (!field) return;
    const key = refKey(field.ref);
    const first = uses.get(key);
    const owner = first?.nonNumberOwner ?? nonNumberOwner;
    uses.set(key, {
      field: first?.field ?? field,
      what: first?.what ?? what,
      numeric: numeric || (first?.numeric ?? false),
      required: required || (first?.required ?? false),
      ...(owner ? { nonNumberOwner: owner } : {}),
    });
  };
  const data = model.data;
  if (data) {
    add(data.unit, '单位名称', false, true);
    add(data.year, '评价年度', true, true);
    add(data.filedOn, '填报日期', false, true);
    for (const [key, field] of Object.entries(data.staff) as [StaffKey, Field<number>][])
      add(field, STAFF_NAMES[key], true);
    add(data.statedScore, '自评得分', true);
    add(data.statedGrade, '自评等级', false);
    for (const row of data.budget?.rows ?? []) {
      const name = rowLabel(row.label.value, '预算行');
      for (const col of ['initial', 'planned', 'actual', 'rate', 'weight', 'score'] as const) {
        add(
          row[col],
          `${name}的${BUDGET_COLUMN_NAMES[col]}`,
          true,
          // A score is to fill wherever the form gives its 分值 (the total row of a project form's budget).
          col === 'initial' || col === 'planned' || col === 'actual' || (col === 'score' && row.weight?.value != null),
        );
      }
    }
    for (const row of data.sangong?.rows ?? []) {
      const name = rowLabel(row.label.value, '“三公”经费');
      add(row.planned, `${name}的预算数`, true);
      add(row.actual, `${name}的决算数`, true);
      add(row.rate, `${name}的控制率`, true);
    }
    // A family that scores by a stated coefficient lets an indicator's values stay blank (families/*.ts).
    const valuesRequired = !familyById(model.family?.id ?? '')?.blankAllowed.includes('indicator-values');
    for (const ind of data.indicators?.rows ?? []) {
      const name = ind.name.value ?? '绩效指标';
      const quantitative = ind.direction !== 'qualitative';
      add(ind.target, `指标"${name}"的年度指标值`, quantitative, valuesRequired, 'indicator-target-sanity');
      add(ind.actual, `指标"${name}"的实际完成值`, quantitative, valuesRequired, 'indicator-value-words');
      add(ind.previous, `指标"${name}"的上年完成值`, true);
      add(ind.statedRate, `指标"${name}"的完成率`, true);
      add(ind.weight, `指标"${name}"的分值`, true);
      add(ind.score, `指标"${name}"的得分`, true, ind.weight?.value != null);
    }
  }
  const score = model.score;
  if (score) {
    for (const l1 of score.roots) {
      if (!l1.weightInName) add(l1.weight, `一级指标"${l1.title}"的权重`, true, true);
      for (const l2 of l1.children) if (!l2.weightInName) add(l2.weight, `二级指标"${l2.title}"的权重`, true, true);
    }
    for (const leaf of leavesOf(score.roots)) {
      if (!leaf.weightInName) add(leaf.weight, `三级指标"${leaf.title}"的权重`, true, true);
      add(leaf.score, `三级指标"${leaf.title}"的得分`, true, true, 'score-range');
    }
    add(score.total?.weight, '评分表合计权重', true);
    add(score.total?.score, '评分表合计得分', true, score.total?.weight?.value != null);
    add(score.grade, '评分表自评等级', false);
  }
  const material = model.material;
  if (material) {
    for (const [key, field] of Object.entries(material.fields) as [MaterialKey, Field<string>][]) {
      add(field, `报告素材"${MATERIAL_LABELS[key][0]}"`, false);
    }
  }
  return [...uses.values()];
}
