// Indicator blocks of real published self-evaluation forms, written into the reference family's data table (the
// sample-like workbook of sample-like.ts), with each form's 分值/得分 columns. Names, targets, actuals, levels and
// scores are the published ones; every change a test plants is named where it is made.
import type { CellInput } from '../../src/core/grid/build-grid';
import type { A1Overrides } from './sample-like';

/** One indicator row: [一级, 二级, 三级, 指标性质, 年度指标值, 计量单位, 实际完成值, 分值, 得分, 偏差原因?] */
export type RealIndicator = readonly [
  string,
  string,
  string,
  '≥' | '≤' | '=' | '定性',
  number | string,
  string,
  number | string,
  number,
  number,
  string?,
];

/**
 * 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目, 万元 (national project form, 财预〔2020〕10号):
 * http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (also ../shared/forms/B-tangxi-weituo-2022.xlsx).
 * Every indicator self-scored full marks; every 定性 result is the bare "达成预期指标". "≥100百分比" is written as
 * 100% (a percentage held as a fraction, as Excel holds a typed "100%").
 */
export const TANGXI_2022: readonly RealIndicator[] = [
  ['产出指标', '数量指标', '基建工程委托业务项目数量', '≥', 50, '个', 50, 8, 8],
  ['产出指标', '质量指标', '委托业务报告合格率', '≥', 1, '%', 1, 8, 8],
  ['产出指标', '质量指标', '经费支出合规性', '定性', '严格执行相关制度规定', '', '达成预期指标', 8, 8],
  ['产出指标', '时效指标', '提交报告及时性', '定性', '在项目计划完成时间内完成', '', '达成预期指标', 8, 8],
  ['产出指标', '成本指标', '项目总成本', '≤', 90, '万元', 90, 8, 8],
  ['产出指标', '成本指标', '单项业务成本', '定性', '符合相关规定', '', '达成预期指标', 10, 10],
  ['效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '定性', '效果明显', '', '达成预期指标', 10, 10],
  ['效益指标', '生态效益指标', '对控制基建项目成本影响程度', '定性', '效果明显', '', '达成预期指标', 10, 10],
  [
    '效益指标',
    '可持续影响指标',
    '对推动基建项目“四项制度”健全和落实的持续性影响',
    '定性',
    '效果明显',
    '',
    '达成预期指标',
    10,
    10,
  ],
];

/**
 * 大英县 双心及文明城市创建专项资金 2020 项目自评: "满意度指标 | 群众满意度 | 90% | 已完成100%", and of its method only
 * "采用公众评判、结果比较等方式进行评价" (no survey, no count): https://dyxrmt.cn/article-147197-19.html. The 10 points
 * are those of the 棠溪镇 form's 满意度指标(10分).
 */
export const DAYING_SATISFACTION: RealIndicator = [
  '满意度指标',
  '满意度指标',
  '群众满意度',
  '≥',
  0.9,
  '%',
  0.9,
  10,
  10,
];
export const DAYING_METHOD =
  '围绕绩效目标，从项目的开展、成效等方面科学设定评价指标体系，采用公众评判、结果比较等方式进行评价。';

/**
 * 区商务局 2020年市级服务贸易发展资金项目自评表 (总分 100): https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html.
 * Full marks, every target met and every 定性 result describing what was achieved.
 */
export const SHANGWU_2020: readonly RealIndicator[] = [
  ['产出指标', '数量指标', '服务外包在岸（万美元）', '≥', 20000, '万美元', 23333.56, 10, 10],
  ['产出指标', '数量指标', '服务外包离岸（万美元）', '≥', 4500, '万美元', 4557.51, 10, 10],
  ['产出指标', '数量指标', '支持服务贸易、服务外包企业数量', '≥', 3, '家', 3, 10, 10],
  [
    '产出指标',
    '质量指标',
    '企业国际质量提升',
    '定性',
    '获得目的国（地区）受众欢迎',
    '',
    '受目的国受众欢迎显著',
    10,
    10,
  ],
  ['产出指标', '时效指标', '预算资金执行率', '≥', 0.9, '%', 1, 10, 10],
  ['产出指标', '时效指标', '资金拨付及时性', '≥', 0.98, '%', 1, 10, 10],
  [
    '效益指标',
    '社会效益指标',
    '企业把握政治导向和文化方向情况',
    '定性',
    '企业把握正确政治导向和文化方向情况的评价',
    '',
    '企业较好把握正确政治导向和文化方向情况的评价',
    20,
    20,
  ],
  [
    '效益指标',
    '可持续影响指标',
    '推动企业走出去方面发挥的作用',
    '定性',
    '是否利于企业走出去',
    '',
    '有利于推动企业走出去',
    20,
    20,
  ],
];

/** First data row of the indicator block in the sample-like data table (header on row 39). */
export const FIRST_ROW = 40;

/**
 * Overrides that replace the sample-like indicator block by `rows` from row 40 on, with 分值 (L) and 得分 (M) columns;
 * the five default rows are removed first. `edit` changes one row's cells by column letter ("G": new actual).
 */
export function indicatorBlock(
  rows: readonly RealIndicator[],
  edits: Readonly<Record<number, Readonly<Record<string, CellInput | undefined>>>> = {},
): A1Overrides {
  const out: Record<string, CellInput | undefined> = { L39: '分值', M39: '得分' };
  for (let r = FIRST_ROW; r < FIRST_ROW + Math.max(rows.length, 5); r++)
    for (const col of 'ABCDEFGHIJKLM') out[`${col}${r}`] = undefined;
  rows.forEach(([l1, l2, name, nature, target, unit, actual, weight, score, reason], i) => {
    const r = FIRST_ROW + i;
    const pct = unit === '%' ? { numFmt: '0%' } : {};
    out[`A${r}`] = l1;
    out[`B${r}`] = l2;
    out[`C${r}`] = name;
    out[`D${r}`] = nature;
    out[`E${r}`] = typeof target === 'number' ? { value: target, ...pct } : target;
    if (unit) out[`F${r}`] = unit;
    out[`G${r}`] = typeof actual === 'number' ? { value: actual, ...pct } : actual;
    if (reason) out[`K${r}`] = reason;
    out[`L${r}`] = weight;
    out[`M${r}`] = score;
    for (const [col, value] of Object.entries(edits[i] ?? {})) out[`${col}${r}`] = value;
  });
  return out;
}

/** The A1 address of column `col` on the i-th real row. */
export function cellOf(col: string, i: number): string {
  return `${col}${FIRST_ROW + i}`;
}
