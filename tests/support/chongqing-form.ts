// A form of the Chongqing family (部门整体绩效自评表) built from rows: its head, budget block and scored indicators.
import { buildGrid, type CellInput } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';

const pct = (value: number): CellInput => ({ value, numFmt: '0%' });

/** One indicator row: 指标名称, 计量单位, 指标性质, 年初指标值, 全年完成值, 得分系数, 指标权重, 指标得分. */
export type ChongqingIndicator = readonly [
  name: string,
  unit: string,
  kind: string,
  target: CellInput,
  actual: CellInput,
  coefficient: number,
  weight: number,
  score: number,
];

export const CHONGQING_INDICATORS: readonly ChongqingIndicator[] = [
  ['财政供养人员控制率', '%', '定量指标', '100%', '92%', 1, 2, 2],
  ['预算完成率', '%', '定量指标', '70%', '76%', 1, 2, 2],
  ['政府采购执行率', '%', '定量指标', '100%', '100%', 1, 2, 2],
  ['管理制度健全性', '', '定性指标', '高', '高', 1, 3, 3],
];

/** The sheet: A1 title, row 2 head with 自评总分, rows 4–5 budget, row 8 the indicator header, indicators from row 9. */
export function chongqingForm(indicators: readonly ChongqingIndicator[] = CHONGQING_INDICATORS): Grid {
  const rows: CellInput[][] = [
    ['部门整体绩效自评表（2021年度）'],
    ['主管部门', '某区某局', null, null, '财政处室', null, null, '自评总分(分)', null, 97.6],
    ['部门联系人', '张三', null, null, '联系电话', null],
    [
      '部门预算执行情况（万元）',
      '年初预算数',
      null,
      '全年(调整)预算数',
      null,
      '全年执行数',
      null,
      '执行率(%)',
      '执行率权重',
      '执行率得分(分)',
    ],
    [null, 100, null, 100, null, 76, null, pct(0.76), 10, 7.6],
    ['当年绩效目标', '年初绩效目标', null, null, '全年(调整)绩效目标', null, null, '全年目标实际完成情况'],
    [null, '保障正常运转', null, null, '保障正常运转', null, null, '较好地完成了履职任务'],
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数(%)',
      '指标权重(分)',
      '指标得分(分)',
      '是否核心指标',
    ],
    ...indicators.map(([name, unit, kind, target, actual, coefficient, weight, score]) => [
      null,
      name,
      unit,
      kind,
      target,
      null,
      actual,
      pct(coefficient),
      weight,
      score,
      '否',
    ]),
  ];
  return buildGrid('部门整体绩效自评表', rows);
}
