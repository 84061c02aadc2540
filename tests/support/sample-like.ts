// A minimal recognisable workbook (data table, score sheet, 报告素材) as sparse A1 maps, laid out like the shipped sample,
// so each rule test overrides a few cells. The defaults produce no finding under any rule.
import { gridFromA1, type CellInput } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';

/** A1 map; `undefined` deletes a default cell. */
export type A1Overrides = Readonly<Record<string, CellInput | undefined>>;

export type SampleOverrides = {
  readonly data?: A1Overrides;
  readonly score?: A1Overrides;
  readonly material?: A1Overrides;
  /** Extra sheets appended after the three. */
  readonly extra?: readonly Grid[];
};

export const DATA = '自评数据表';
export const SCORE = '自评评分表';
export const MATERIAL = '报告素材';

const f = (formula: string, value: CellInput) => ({ value: value as never, formula });

/** Amount rows: [row, label, initial, planned, actual, formulas?] — the sample's figures. */
const BUDGET: ReadonlyArray<readonly [number, string, number, number, number, string?]> = [
  [17, '年度资金总额', 30126800, 34474255.03, 34474740.51, '{c}18+{c}22'],
  [18, '财政拨款', 29146800, 33187855.03, 33187855.03, 'SUM({c}19:{c}21)'],
  [19, '其中：一般公共预算财政拨款', 28146800, 31587855.03, 31587855.03],
  [20, '其中：政府性基金预算财政拨款', 1000000, 1600000, 1600000],
  [21, '其中：国有资本经营预算财政拨款', 0, 0, 0],
  [22, '其他资金', 980000, 1286400, 1286885.48],
  [23, '基本支出', 10812500, 11100032.17, 11100032.17, 'SUM({c}24:{c}25)'],
  [24, '其中：人员经费', 9612500, 9856432.17, 9856432.17],
  [25, '其中：公用经费', 1200000, 1243600, 1243600],
  [26, '项目支出', 19314300, 23374222.86, 23374708.34],
];

const SANGONG: ReadonlyArray<readonly [number, string, number, number, string?]> = [
  [29, '合计', 210000, 181161.6, '{c}30+{c}31+{c}34'],
  [30, '因公出国（境）费', 0, 0],
  [31, '公务用车购置及运行费', 180000, 162435.6, 'SUM({c}32:{c}33)'],
  [32, '其中：公务用车购置费', 0, 0],
  [33, '其中：公务用车运行维护费', 180000, 162435.6],
  [34, '公务接待费', 30000, 18726],
];

/** Indicators: [row, level1, level2, name, direction, target, unit, actual, previous] */
const INDICATORS: ReadonlyArray<
  readonly [number, string, string, string, string, number | string, string, number | string, number?]
> = [
  [40, '产出指标', '数量指标', '生产安全事故起数', '≤', 10, '起', 8, 10],
  [41, '', '', '生产安全事故受伤人数', '≤', 3, '人', 2, 3],
  [42, '', '', '应急响应启动次数', '≥', 10, '次', 12],
  [43, '', '质量指标', '预警信息覆盖率', '≥', 0.95, '%', 0.96],
  [44, '效益指标', '社会效益指标', '安全形势', '定性', '总体平稳', '', '总体平稳'],
];

/** Completion by the national rules (rules.md): the ≤ rows of the defaults are all met. */
function completion(direction: string, target: number, actual: number): number {
  if (direction === '≥') return actual / target;
  if (direction === '≤') return actual <= target ? 1 : Math.max(0, 1 - (actual - target) / target);
  if (target === 0) return actual <= 0 ? 1 : 0;
  return actual / target;
}

export function baseDataCells(): Record<string, CellInput> {
  const cells: Record<string, CellInput> = {
    A1: '部门整体支出绩效自评表（2024年度）',
    A2: '单位名称',
    B2: '遂溪县应急管理局本级',
    A3: '评价年度',
    B3: 2024,
    A4: '填报日期',
    B4: { value: 45863, numFmt: 'yyyy"年"m"月"d"日"' },
    A5: '金额单位：元',
    A6: '编制人数',
    B6: 34,
    A12: '自评得分',
    B12: f('自评评分表!J22', 99),
    A13: '自评等级',
    B13: '优',
    A15: '年度部门整体支出规模',
    A16: '项目',
    C16: '年初预算数',
    D16: '全年预算数',
    E16: '全年执行数',
    F16: '执行率',
    G16: '备注',
    A28: '"三公"经费',
    C28: '预算数',
    D28: '决算数',
    E28: '控制率',
    A36: '年度总体目标',
    B36: '坚决防范遏制较大以上生产安全事故，安全形势总体平稳。',
    A37: '实际完成情况',
    B37: '共发生各类生产安全事故8起、受伤2人，同比分别下降20.00%、33.33%，安全形势总体平稳。',
    A39: '一级指标',
    B39: '二级指标',
    C39: '三级指标',
    D39: '指标性质',
    E39: '年度指标值',
    F39: '计量单位',
    G39: '实际完成值',
    H39: '上年完成值',
    I39: '完成率',
    J39: '是否完成',
    K39: '偏差原因分析及改进措施',
  };
  for (const [row, label, initial, planned, actual, formula] of BUDGET) {
    cells[`A${row}`] = label;
    const money = (col: string, value: number) => {
      const fmt = { numFmt: '#,##0.00' };
      cells[`${col}${row}`] = formula ? { value, formula: formula.replace(/\{c\}/g, col), ...fmt } : { value, ...fmt };
    };
    money('C', initial);
    money('D', planned);
    money('E', actual);
    cells[`F${row}`] = {
      value: planned === 0 ? '' : actual / planned,
      formula: `IF(D${row}=0,"",E${row}/D${row})`,
      numFmt: '0.00%',
    };
  }
  // 12 of 10 is 120%, the national over-completion line: the reason is given, as the sample does.
  cells.K42 = '受台风和强对流天气偏多影响，启动应急响应次数多于年初预计';
  cells.G17 = '超预算支出485.48元，系年末据实结算的应急物资运输费，已按程序报批';
  cells.G22 = '超预算支出485.48元，以单位其他资金支付，已按程序报批';
  cells.G26 = '超预算支出485.48元，已按程序报批';
  for (const [row, label, planned, actual, formula] of SANGONG) {
    cells[`A${row}`] = label;
    cells[`C${row}`] = formula ? f(formula.replace(/\{c\}/g, 'C'), planned) : planned;
    cells[`D${row}`] = formula ? f(formula.replace(/\{c\}/g, 'D'), actual) : actual;
    cells[`E${row}`] = {
      value: planned === 0 ? '' : actual / planned,
      formula: `IF(C${row}=0,"",D${row}/C${row})`,
      numFmt: '0.00%',
    };
  }
  for (const [row, l1, l2, name, direction, target, unit, actual, previous] of INDICATORS) {
    if (l1) cells[`A${row}`] = l1;
    if (l2) cells[`B${row}`] = l2;
    cells[`C${row}`] = name;
    cells[`D${row}`] = direction;
    const pct = unit === '%' ? { numFmt: '0%' } : {};
    cells[`E${row}`] = { value: target, ...pct };
    if (unit) cells[`F${row}`] = unit;
    cells[`G${row}`] = { value: actual, ...pct };
    if (previous !== undefined) cells[`H${row}`] = previous;
    const rate = typeof target === 'number' && typeof actual === 'number' ? completion(direction, target, actual) : '';
    cells[`I${row}`] = { value: rate, formula: `IF(E${row}="","",G${row}/E${row})`, numFmt: '0.00%' };
    cells[`J${row}`] = '是';
  }
  return cells;
}

/** The score tree: [row, l1 name, l1 weight, l2 name, l2 weight, l3 name, l3 weight, score, reason?] */
const SCORE_ROWS: ReadonlyArray<
  readonly [number, string, number | '', string, number | '', string, number, number, string?]
> = [
  [5, '前期准备工作', 30, '自评工作情况', 18, '组织建立情况', 8, 8],
  [6, '', '', '', '', '自评材料报送及时性', 5, 5],
  [7, '', '', '', '', '自评材料报送质量', 5, 5],
  [8, '', '', '目标设置', 10, '绩效目标申报情况', 6, 6],
  [9, '', '', '', '', '目标设置合理性', 4, 3, '部分绩效目标量化程度不够精细，扣1分'],
  [10, '', '', '信息公开', 2, '自评材料公开一致性', 2, 2],
  [11, '预算执行与管理', 30, '预算执行', 20, '预算执行率', 8, 8],
  [12, '', '', '', '', '结转结余控制', 4, 4],
  [13, '', '', '', '', '"三公"经费控制率', 4, 4],
  [14, '', '', '', '', '政府采购执行', 4, 4],
  [15, '', '', '预算管理', 10, '管理制度健全性', 3, 3],
  [16, '', '', '', '', '资金使用合规性', 4, 4],
  [17, '', '', '', '', '预决算信息公开', 3, 3],
  [18, '履职效能', 40, '履职产出', 25, '重点工作完成情况', 10, 10],
  [19, '', '', '', '', '绩效指标完成率', 15, 15],
  [20, '', '', '履职效益', 10, '社会效益', 10, 10],
  [21, '', '', '满意度', 5, '服务对象满意度', 5, 5],
];

/** The two-row header: each level's title spans its 名称 and 权重 columns; the other titles span both rows. */
export const SCORE_HEADER_MERGES = ['A3:B3', 'C3:D3', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4'];

export function baseScoreCells(): Record<string, CellInput> {
  const cells: Record<string, CellInput> = {
    A1: '湛江市部门（单位）整体支出绩效自评评分表',
    A2: '单位名称',
    B2: '遂溪县应急管理局本级',
    A3: '一级指标',
    C3: '二级指标',
    E3: '三级指标',
    G3: '指标说明',
    H3: '评分标准',
    I3: '扣分原因',
    J3: '得分',
    A4: '名称',
    B4: '权重（%）',
    C4: '名称',
    D4: '权重（%）',
    E4: '名称',
    F4: '权重（%）',
    A22: '合计',
    B22: f('SUM(B5:B21)', 100),
    J22: f('SUM(J5:J21)', 99),
    A23: '自评等级',
    B23: '优',
  };
  for (const [row, l1, w1, l2, w2, l3, w3, score, reason] of SCORE_ROWS) {
    if (l1) cells[`A${row}`] = l1;
    if (w1 !== '') cells[`B${row}`] = w1;
    if (l2) cells[`C${row}`] = l2;
    if (w2 !== '') cells[`D${row}`] = w2;
    cells[`E${row}`] = l3;
    cells[`F${row}`] = w3;
    cells[`G${row}`] = `${l3}的说明。`;
    cells[`H${row}`] = '按要求完成的得满分。';
    if (reason) cells[`I${row}`] = reason;
    cells[`J${row}`] = score;
  }
  return cells;
}

export function baseMaterialCells(): Record<string, CellInput> {
  return {
    A1: '报告素材（用于生成自评报告）',
    A2: '通知名称',
    B2: '《遂溪县财政局关于开展2025年县级财政资金绩效自评工作的通知》',
    A3: '通知文号',
    B3: '遂财绩〔2025〕6号',
    A4: '单位机构设置及部门职能',
    B4: '遂溪县应急管理局本级为正科级单位，内设9个职能股室和2个事业单位。',
    A5: '年度总体工作和重点工作任务',
    B5: '持续守牢安全底线，持续推进重大事故隐患专项排查整治行动。',
    A6: '部门整体支出绩效目标',
    B6: '坚决防范遏制较大以上生产安全事故，安全形势保持总体平稳。',
    A7: '评价小组情况',
    B7: '成立了以主要领导为组长的绩效评价小组。',
    A8: '自评工作过程',
    B8: '收到通知后，评价小组及时布置自评工作，逐项填写自评数据表和评分表。',
    A9: '自评材料报送日期',
    B9: '2025年7月28日',
    A10: '报送与公开材料是否一致',
    B10: '是',
    A11: '自评结果说明',
    B11: '我局年度预算编制合理，自评分数99分，自评等级为优。',
    A12: '主要做法和经验',
    B12: '精准锚定绩效目标，细化衡量准则。',
    A13: '存在问题',
    B13: '绩效目标量化程度不够精细。',
    A14: '改进措施',
    B14: '加强预算绩效目标管理。',
    A15: '其他自评情况',
    B15: '无',
  };
}

function apply(base: Record<string, CellInput>, overrides: A1Overrides = {}): Record<string, CellInput> {
  const out = { ...base };
  for (const [address, input] of Object.entries(overrides)) {
    if (input === undefined) delete out[address];
    else out[address] = input;
  }
  return out;
}

/** The three sheets of a minimal sample-like workbook, with some cells overridden (undefined deletes a cell). */
export function sampleLikeGrids(overrides: SampleOverrides = {}): Grid[] {
  return [
    gridFromA1(DATA, apply(baseDataCells(), overrides.data)),
    gridFromA1(SCORE, apply(baseScoreCells(), overrides.score), SCORE_HEADER_MERGES),
    gridFromA1(MATERIAL, apply(baseMaterialCells(), overrides.material)),
    ...(overrides.extra ?? []),
  ];
}
