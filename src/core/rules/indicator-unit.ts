// indicator-unit: the unit written in 年度指标值 / 实际完成值 differs from 计量单位 or from each other.
import type { Field } from '../template/model';
import { defineRule } from '../rule-kit/rule';
import { foldText } from '../rule-kit/texts';

/** The unit a value carries: the text after its number ("8宗" -> 宗), or % for a percent typed or formatted. */
function writtenUnit(field: Field<number>): string | undefined {
  if (field.value === null) return undefined;
  const unit = foldText(field.unit ?? '').replace(/(以上|以下|以内|左右|及以上|及以下)$/, '');
  if (unit !== '') return unit;
  if (field.percent && typeof field.raw === 'string') return '%';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'indicator-unit',
    name: '指标计量单位不一致',
    severity: 'warning',
    description: 'The unit written in 年度指标值/实际完成值 differs from 计量单位 or from each other.',
    messages: {
      vsColumn:
        '指标“{{name}}”的{{what}}“{{value}}”写的单位是“{{written}}”，与计量单位“{{unit}}”不一致。请按计量单位“{{unit}}”填写该数值。',
      vsEachOther:
        '指标“{{name}}”的年度指标值单位“{{targetUnit}}”与实际完成值单位“{{actualUnit}}”不一致。请统一单位后再比较。',
    },
  },
  check(context) {
    for (const ind of context.model.data?.indicators?.rows ?? []) {
      if (ind.direction === 'qualitative') continue;
      const name = ind.name.value ?? '';
      const column = ind.unit?.value ? foldText(ind.unit.value) : undefined;
      const targetUnit = writtenUnit(ind.target);
      const actualUnit = writtenUnit(ind.actual);
      let reported = false;
      for (const [field, unit, what, text] of [
        [ind.target, targetUnit, '年度指标值', ind.targetText],
        [ind.actual, actualUnit, '实际完成值', ind.actualText],
      ] as const) {
        if (!column || !unit || unit === column) continue;
        context.report({
          messageId: 'vsColumn',
          cells: [field.ref],
          data: { name, what, value: text, written: unit, unit: column },
        });
        reported = true;
      }
      if (!reported && !column && targetUnit && actualUnit && targetUnit !== actualUnit) {
        context.report({
          messageId: 'vsEachOther',
          cells: [ind.actual.ref, ind.target.ref],
          data: { name, targetUnit, actualUnit },
        });
      }
    }
  },
});
