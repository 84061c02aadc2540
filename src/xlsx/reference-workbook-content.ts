// Content of the reference 自评数据表: the 遂溪县应急管理局本级 2024 sample figures and texts (invented where the report
// gives none, and said so in the sheet's note) and the fixed headers. Amounts are integers of cents so every total is exact.
import { BUDGET_TREE, SANGONG_TREE, treeRows, type BudgetKind, type SangongKind } from '../core/template/budget-tree';

export const UNIT_NAME = '遂溪县应急管理局本级';
export const YEAR = 2024;
export const REPORT_BUDGET_TOTAL_CENTS = 3447425503; // 34,474,255.03 元, from the 2024 report
export const REPORT_SPENT_TOTAL_CENTS = 3447474051; // 34,474,740.51 元, from the 2024 report

export const STAFF: ReadonlyArray<readonly [label: string, value: number]> = [
  ['编制人数', 34],
  ['年末在职人数', 32],
  ['离退休人数', 6],
  ['外聘人员', 40],
  ['内设机构数', 9],
  ['下属单位数', 2],
];

/** [年初预算数, 全年预算数, 全年执行数] in cents. */
type Amounts3 = readonly [initial: number, budget: number, spent: number];

export const BUDGET_ROWS = treeRows<BudgetKind>(BUDGET_TREE);
export const SANGONG_ROWS = treeRows<SangongKind>(SANGONG_TREE);

// Invented (the report gives only the two totals): splits by source and type, and every 年初预算数.
export const SAMPLE_BUDGET_LEAVES: Readonly<Record<Exclude<BudgetKind, 'total' | 'fiscal' | 'basic'>, Amounts3>> = {
  fiscalGeneral: [2814680000, 3158785503, 3158785503],
  fiscalFund: [100000000, 160000000, 160000000],
  fiscalStateCapital: [0, 0, 0],
  other: [98000000, 128640000, 128688548],
  personnel: [961250000, 985643217, 985643217],
  publicFunds: [120000000, 124360000, 124360000],
  project: [1931430000, 2337422286, 2337470834],
};

const OVERSPEND_NOTE = '超预算支出485.48元，系年末据实结算的应急物资运输费，已按程序报批';
export const SAMPLE_BUDGET_NOTES: Partial<Record<BudgetKind, string>> = {
  total: OVERSPEND_NOTE,
  other: '超预算支出485.48元，系年末据实结算的应急物资运输费，以单位其他资金支付，已按程序报批',
  project: OVERSPEND_NOTE,
};

// Invented: [预算数, 决算数] in cents.
export const SAMPLE_SANGONG_LEAVES: Readonly<
  Record<Exclude<SangongKind, 'total' | 'vehicle'>, readonly [number, number]>
> = {
  abroad: [0, 0],
  vehiclePurchase: [0, 0],
  vehicleRunning: [18000000, 16243560],
  reception: [3000000, 1872600],
};

export const SAMPLE_GOAL =
  '围绕安全生产、自然灾害防治和森林防灭火三项核心职能：坚决防范遏制较大以上生产安全事故，生产安全事故起数和受伤人数控制在目标以内，安全形势总体平稳；有效应对台风、强对流等极端天气，及时启动应急响应、转移撤离受威胁群众，实现因灾“零伤亡、少损失”；及时有效处置森林火情，不发生重大森林火灾和人员伤亡事件；预警信息覆盖面和群众满意度达到目标要求。';
export const SAMPLE_ACHIEVED =
  '全年没有发生较大以上生产安全事故和社会影响大的事件，共发生各类生产安全事故8起、受伤2人，同比分别下降20.00%、33.33%，安全形势总体平稳向好，在全市安全生产责任制和消防工作考核中连续三年获评“优秀等次”。成功应对“摩羯”等8个台风和5轮强对流强降水天气，启动应急响应12次，响应时长480多小时，转移撤离群众3403人次，连续两年没有人员因灾死亡。出动救火人员1366人次，有效处置133起森林火情和各类险情，没有发生重大森林火灾和人员伤亡事件。';

type IndicatorNature = '≥' | '≤' | '=' | '定性';
export type Indicator = {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly nature: IndicatorNature;
  readonly unit: string;
  /** Percent values are fractions (0.95 shown as 95%), as Excel holds a typed "95%". */
  readonly target: number | string;
  readonly actual: number | string;
  readonly previous?: number | string;
  /** 偏差原因分析及改进措施: why a target was exceeded (from 120% on, the national line) or how a 满意度 was measured. */
  readonly reason?: string;
};

export const SAMPLE_INDICATORS: readonly Indicator[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '生产安全事故起数',
    nature: '≤',
    target: 10,
    unit: '起',
    actual: 8,
    previous: 10,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '生产安全事故受伤人数',
    nature: '≤',
    target: 3,
    unit: '人',
    actual: 2,
    previous: 3,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '应急响应启动次数',
    nature: '≥',
    target: 10,
    unit: '次',
    actual: 12,
    reason: '受“摩羯”等8个台风和5轮强对流强降水天气影响，启动应急响应次数多于年初预计。',
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '转移撤离群众',
    nature: '≥',
    target: 3000,
    unit: '人次',
    actual: 3403,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '出动救火人员',
    nature: '≥',
    target: 1200,
    unit: '人次',
    actual: 1366,
  },
  { level1: '产出指标', level2: '质量指标', name: '森林火情有效处置率', nature: '≥', target: 1, unit: '%', actual: 1 },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '预警信息覆盖率',
    nature: '≥',
    target: 0.95,
    unit: '%',
    actual: 0.96,
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '应急响应时长',
    nature: '≥',
    target: 400,
    unit: '小时',
    actual: 480,
    reason: '台风和强对流天气过程多、持续时间长，应急响应时长相应超出年初预计。',
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '较大以上生产安全事故起数',
    nature: '=',
    target: 0,
    unit: '起',
    actual: 0,
    previous: 0,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '因灾死亡人数',
    nature: '=',
    target: 0,
    unit: '人',
    actual: 0,
    previous: 0,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '安全形势',
    nature: '定性',
    target: '总体平稳',
    unit: '',
    actual: '总体平稳',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    nature: '≥',
    target: 0.9,
    unit: '%',
    actual: 0.95,
    reason: '满意度通过问卷调查取得：向辖区群众发放问卷200份，收回有效问卷200份，其中表示满意的190份。',
  },
];

export const SAMPLE_NOTE =
  '说明：2024年度自评报告只列示了年度资金总额的全年预算数（34,474,255.03元）和全年执行数（34,474,740.51元）等数据。本样表中以下数据为编制样表时虚构的示例数，各项合计关系均已核对一致：按资金来源和支出类型的分项金额、全部年初预算数、“三公”经费预算数和决算数、上年完成值（生产安全事故起数10起、受伤人数3人系按报告“同比下降20%、33.33%”推算，较大以上生产安全事故起数0起为假设）。';
export const BLANK_NOTE =
  '说明：1.金额单位为元，保留两位小数。2.合计、小计、执行率、控制率、完成率单元格为公式，请勿改为手工数值。3.全年执行数超过全年预算数或执行率低于90%的，请在备注中说明原因；绩效指标未完成的，请填写偏差原因分析及改进措施。';

export const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '计量单位',
  '实际完成值',
  '上年完成值',
  '完成率',
  '是否完成',
  '偏差原因分析及改进措施',
] as const;
