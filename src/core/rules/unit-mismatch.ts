// unit-mismatch: the same amount in two places differs by a factor of 10,000 once each is read in its own unit (元 vs 万元).
import { nearlyEqual, roundTo } from '../calc/compare';
import type { CellRef } from '../grid/grid';
import type { AmountUnit, Field } from '../template/model';
import { formatAmount } from '../text/format';
import { normalizeLabel } from '../text/normalize';
import { defineRule } from '../rule-kit/rule';
import { amountsIn, placeOf, userTexts } from '../rule-kit/texts';

const YUAN_PER: Record<AmountUnit, number> = { 元: 1, 万元: 10000 };
/** A 万元 table whose 年度资金总额 exceeds this many 万元 (100 亿元) is holding 元 figures. */
const IMPLAUSIBLE_WAN = 1_000_000;

type Known = { readonly yuan: number; readonly ref: CellRef; readonly shown: string };

function agrees(value: number, decimals: number, candidate: number): boolean {
  return nearlyEqual(value, roundTo(candidate, decimals), 10 ** -(decimals + 2));
}

export default defineRule({
  meta: {
    id: 'unit-mismatch',
    name: '金额单位（元/万元）不符',
    severity: 'error',
    description:
      'The same quantity in two places differs by a factor of 10,000 once converted by its written unit (元 vs 万元).',
    messages: {
      text: '“{{where}}”中写的是“{{written}}”，而自评数据表中对应的金额为 {{table}}（约 {{converted}}）。两者相差 10000 倍，应是单位写错了：请改为“{{fix}}”。',
      header:
        '金额单位写的是“{{stated}}”，但预算表表头写的是“{{header}}”。同一张表只能有一个金额单位：请统一为实际使用的单位。',
      figures:
        '金额单位为万元，但年度资金总额的全年预算数为 {{value}} 万元（即 {{yuan}} 元），明显是按元填写的数字。请把金额单位改为“元”，或把金额换算为万元。',
    },
  },
  check(context) {
    const data = context.model.data;
    if (!data) return;
    const factor = YUAN_PER[data.amountUnit];
    const known: Known[] = [];
    const addKnown = (field: Field<number> | undefined) => {
      if (!field || field.value === null || Math.abs(field.value * factor) < 10000) return;
      known.push({
        yuan: field.value * factor,
        ref: field.ref,
        shown: `${formatAmount(field.value)}${data.amountUnit}`,
      });
    };
    for (const row of data.budget?.rows ?? []) [row.initial, row.planned, row.actual].forEach(addKnown);
    for (const row of data.sangong?.rows ?? []) [row.planned, row.actual].forEach(addKnown);

    // 1. Amounts written in text against the table.
    for (const text of userTexts(context.model, ['material', 'data'])) {
      for (const mention of amountsIn(text.text.normalize('NFKC'))) {
        const own = mention.value * YUAN_PER[mention.unit];
        if (known.some((k) => agrees(mention.value, mention.decimals, k.yuan / YUAN_PER[mention.unit]))) continue;
        const other: AmountUnit = mention.unit === '元' ? '万元' : '元';
        const hit = known.find((k) => agrees(mention.value, mention.decimals, k.yuan / YUAN_PER[other]));
        if (!hit || own === 0) continue;
        context.report({
          messageId: 'text',
          cells: [text.field.ref, hit.ref],
          data: {
            where: placeOf(text),
            written: mention.text,
            table: hit.shown,
            converted: `${formatAmount(hit.yuan / YUAN_PER[other])}${other}`,
            fix: `${mention.text.replace(/万?元$/, '')}${other}`,
            statedValue: mention.value,
            tableValue: hit.yuan,
          },
        });
        break;
      }
    }

    // 2. The 金额单位 cell against the budget header's unit.
    const unitCell = data.amountUnitCell;
    const budget = data.budget;
    const cellUnit: AmountUnit | undefined = unitCell?.value
      ? normalizeLabel(unitCell.value).includes('万元')
        ? '万元'
        : normalizeLabel(unitCell.value).includes('元')
          ? '元'
          : undefined
      : undefined;
    if (unitCell && budget?.headerUnit && cellUnit && cellUnit !== budget.headerUnit) {
      const headerCol = budget.columns.planned ?? budget.columns.actual ?? budget.columns.initial ?? 0;
      context.report({
        messageId: 'header',
        cells: [unitCell.ref, { sheet: budget.sheet, row: budget.headerRow, col: headerCol }],
        data: { stated: cellUnit, header: budget.headerUnit },
      });
      return;
    }

    // 3. A 万元 table holding 元 figures.
    const total = budget?.rows.find((r) => r.kind === 'total')?.planned;
    if (data.amountUnit === '万元' && total && total.value !== null && total.value > IMPLAUSIBLE_WAN) {
      const headerCell = budget
        ? (budget.headerUnitRef ?? { sheet: budget.sheet, row: budget.headerRow, col: budget.columns.planned ?? 0 })
        : undefined;
      const unitRef = unitCell?.ref ?? headerCell;
      context.report({
        messageId: 'figures',
        cells: unitRef ? [unitRef, total.ref] : [total.ref],
        data: { value: formatAmount(total.value), yuan: formatAmount(total.value) },
      });
    }
  },
});
