// Builds ziping's reference workbook (blank template and the filled-in 2024 sample) with exceljs only, for Node and the task pane alike.
import ExcelJS from 'exceljs';
import { BUDGET_TREE, SANGONG_TREE, treeRows, type BudgetKind, type SangongKind } from '../core/template/budget-tree';

export type ReferenceKind = 'blank' | 'sample';

export const REFERENCE_SHEET_NAMES = { data: '自评数据表', score: '自评评分表', material: '报告素材' } as const;

// ---------------------------------------------------------------------------------------------------------------------
// Layout: fixed rows of the reference template (1-based, as in Excel). The parser never relies on these; they only
// describe this one instance of the layout (template.md).
// ---------------------------------------------------------------------------------------------------------------------

const DATA_ROWS = {
  title: 1,
  unit: 2,
  year: 3,
  filedOn: 4,
  amountUnit: 5,
  firstStaff: 6,
  statedScore: 12,
  statedGrade: 13,
  budgetTitle: 15,
  budgetHeader: 16,
  firstBudget: 17,
  sangongHeader: 28,
  firstSangong: 29,
  goal: 36,
  achieved: 37,
  indicatorHeader: 39,
  firstIndicator: 40,
  note: 53,
} as const;

const SCORE_ROWS = { title: 1, unit: 2, header: 3, subHeader: 4, firstIndicator: 5, total: 22, grade: 23 } as const;

const MATERIAL_ROWS = { title: 1, firstField: 2 } as const;

/** Addresses of the cells other parts of the product may want to point at (e.g. after inserting the template). */
export const REFERENCE_CELLS = {
  data: {
    unit: 'B2',
    year: 'B3',
    filedOn: 'B4',
    statedScore: 'B12',
    statedGrade: 'B13',
    budgetTotalRow: DATA_ROWS.firstBudget,
    sangongTotalRow: DATA_ROWS.firstSangong,
    firstIndicatorRow: DATA_ROWS.firstIndicator,
  },
  score: {
    unit: 'B2',
    totalWeight: 'B22',
    totalScore: 'J22',
    grade: 'B23',
    firstIndicatorRow: SCORE_ROWS.firstIndicator,
  },
} as const;

const AMOUNT_FORMAT = '#,##0.00';
const RATE_FORMAT = '0.00%';
const INDICATOR_PERCENT_FORMAT = '0%';
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const FIXED_DATE = new Date(Date.UTC(2025, 6, 25));

// ---------------------------------------------------------------------------------------------------------------------
// Content. Amounts are integers of cents so every total and cached result is exact.
// ---------------------------------------------------------------------------------------------------------------------

const UNIT_NAME = '遂溪县应急管理局本级';
const YEAR = 2024;
const REPORT_BUDGET_TOTAL_CENTS = 3447425503; // 34,474,255.03 元, from the 2024 report
const REPORT_SPENT_TOTAL_CENTS = 3447474051; // 34,474,740.51 元, from the 2024 report

const STAFF: ReadonlyArray<readonly [label: string, value: number]> = [
  ['编制人数', 34],
  ['年末在职人数', 32],
  ['离退休人数', 6],
  ['外聘人员', 40],
  ['内设机构数', 9],
  ['下属单位数', 2],
];

/** [年初预算数, 全年预算数, 全年执行数] in cents. */
type Amounts3 = readonly [initial: number, budget: number, spent: number];

const BUDGET_ROWS = treeRows<BudgetKind>(BUDGET_TREE);
const SANGONG_ROWS = treeRows<SangongKind>(SANGONG_TREE);

// Invented (the report gives only the two totals): splits by source and type, and every 年初预算数.
const SAMPLE_BUDGET_LEAVES: Readonly<Record<Exclude<BudgetKind, 'total' | 'fiscal' | 'basic'>, Amounts3>> = {
  fiscalGeneral: [2814680000, 3158785503, 3158785503],
  fiscalFund: [100000000, 160000000, 160000000],
  fiscalStateCapital: [0, 0, 0],
  other: [98000000, 128640000, 128688548],
  personnel: [961250000, 985643217, 985643217],
  publicFunds: [120000000, 124360000, 124360000],
  project: [1931430000, 2337422286, 2337470834],
};

const OVERSPEND_NOTE = '超预算支出485.48元，系年末据实结算的应急物资运输费，已按程序报批';
const SAMPLE_BUDGET_NOTES: Partial<Record<BudgetKind, string>> = {
  total: OVERSPEND_NOTE,
  other: '超预算支出485.48元，系年末据实结算的应急物资运输费，以单位其他资金支付，已按程序报批',
  project: OVERSPEND_NOTE,
};

// Invented: [预算数, 决算数] in cents.
const SAMPLE_SANGONG_LEAVES: Readonly<Record<Exclude<SangongKind, 'total' | 'vehicle'>, readonly [number, number]>> = {
  abroad: [0, 0],
  vehiclePurchase: [0, 0],
  vehicleRunning: [18000000, 16243560],
  reception: [3000000, 1872600],
};

const SAMPLE_GOAL =
  '围绕安全生产、自然灾害防治和森林防灭火三项核心职能：坚决防范遏制较大以上生产安全事故，生产安全事故起数和受伤人数控制在目标以内，安全形势总体平稳；有效应对台风、强对流等极端天气，及时启动应急响应、转移撤离受威胁群众，实现因灾“零伤亡、少损失”；及时有效处置森林火情，不发生重大森林火灾和人员伤亡事件；预警信息覆盖面和群众满意度达到目标要求。';
const SAMPLE_ACHIEVED =
  '全年没有发生较大以上生产安全事故和社会影响大的事件，共发生各类生产安全事故8起、受伤2人，同比分别下降20.00%、33.33%，安全形势总体平稳向好，在全市安全生产责任制和消防工作考核中连续三年获评“优秀等次”。成功应对“摩羯”等8个台风和5轮强对流强降水天气，启动应急响应12次，响应时长480多小时，转移撤离群众3403人次，连续两年没有人员因灾死亡。出动救火人员1366人次，有效处置133起森林火情和各类险情，没有发生重大森林火灾和人员伤亡事件。';

type IndicatorNature = '≥' | '≤' | '=' | '定性';
type Indicator = {
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

const SAMPLE_INDICATORS: readonly Indicator[] = [
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

const SAMPLE_NOTE =
  '说明：2024年度自评报告只列示了年度资金总额的全年预算数（34,474,255.03元）和全年执行数（34,474,740.51元）等数据。本样表中以下数据为编制样表时虚构的示例数，各项合计关系均已核对一致：按资金来源和支出类型的分项金额、全部年初预算数、“三公”经费预算数和决算数、上年完成值（生产安全事故起数10起、受伤人数3人系按报告“同比下降20%、33.33%”推算，较大以上生产安全事故起数0起为假设）。';
const BLANK_NOTE =
  '说明：1.金额单位为元，保留两位小数。2.合计、小计、执行率、控制率、完成率单元格为公式，请勿改为手工数值。3.全年执行数超过全年预算数或执行率低于90%的，请在备注中说明原因；绩效指标未完成的，请填写偏差原因分析及改进措施。';

const INDICATOR_HEADERS = [
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

type ScoreLeaf = {
  readonly name: string;
  readonly weight: number;
  readonly description: string;
  readonly standard: string;
};
type ScoreGroup<T> = { readonly name: string; readonly weight: number; readonly children: readonly T[] };
type ScoreLevel1 = ScoreGroup<ScoreGroup<ScoreLeaf>>;

// Weights are typed, not formulas: they are prescribed by the template, and score-weight-rollup checks them.
const SCORE_TREE: readonly ScoreLevel1[] = [
  {
    name: '前期准备工作',
    weight: 30,
    children: [
      {
        name: '自评工作情况',
        weight: 18,
        children: [
          {
            name: '组织建立情况',
            weight: 8,
            description: '是否成立自评工作小组，明确分工、落实责任，按要求组织开展自评工作。',
            standard:
              '成立自评工作小组且分工明确、责任落实的，得满分；未成立工作小组的扣4分，分工或责任不明确的扣2分，扣完为止。',
          },
          {
            name: '自评材料报送及时性',
            weight: 5,
            description: '是否在通知规定的时限内报送自评材料。',
            standard: '按时报送的，得满分；逾期3个工作日以内的扣2分，逾期超过3个工作日的不得分。',
          },
          {
            name: '自评材料报送质量',
            weight: 5,
            description: '自评报告、数据表、评分表是否真实、完整、规范，数据是否前后一致。',
            standard: '材料真实完整、数据一致、格式规范的，得满分；每发现一处缺漏、错误或前后不一致扣1分，扣完为止。',
          },
        ],
      },
      {
        name: '目标设置',
        weight: 10,
        children: [
          {
            name: '绩效目标申报情况',
            weight: 6,
            description: '年初是否按要求申报部门整体支出绩效目标，目标是否完整。',
            standard: '按时、完整申报的，得满分；未按时申报扣3分，目标不完整扣3分，扣完为止。',
          },
          {
            name: '目标设置合理性',
            weight: 4,
            description: '绩效目标是否与部门职能和年度工作计划相符，指标是否细化、量化、可考核。',
            standard: '目标与职能相符、指标细化量化的，得满分；每有一项目标量化不足或与职能不符扣1分，扣完为止。',
          },
        ],
      },
      {
        name: '信息公开',
        weight: 2,
        children: [
          {
            name: '自评材料公开一致性',
            weight: 2,
            description: '公开的自评报告、数据表、评分表是否与报送的一致。',
            standard: '按规定公开且与报送材料一致的，得满分；不一致或未公开的，不得分。',
          },
        ],
      },
    ],
  },
  {
    name: '预算执行与管理',
    weight: 30,
    children: [
      {
        name: '预算执行',
        weight: 20,
        children: [
          {
            name: '预算执行率',
            weight: 8,
            description: '部门全年执行数与全年预算数的比率，反映预算执行进度。',
            standard: '得分＝权重×执行率（执行率＝全年执行数÷全年预算数，超过100%按100%计）',
          },
          {
            name: '结转结余控制',
            weight: 4,
            description: '年末结转结余资金占全年预算数的比例，反映结转结余资金控制情况。',
            standard: '结转结余率不超过5%的，得满分；每超过1个百分点扣1分，扣完为止。',
          },
          {
            name: '"三公"经费控制率',
            weight: 4,
            description: '“三公”经费决算数与预算数的比率，反映“三公”经费控制情况。',
            standard: '决算数不超过预算数得满分；超过的，得分＝权重×预算数÷决算数',
          },
          {
            name: '政府采购执行',
            weight: 4,
            description: '是否按规定编制政府采购预算、履行政府采购程序。',
            standard: '按规定执行政府采购的，得满分；应采未采或程序不规范的，每发现一项扣1分，扣完为止。',
          },
        ],
      },
      {
        name: '预算管理',
        weight: 10,
        children: [
          {
            name: '管理制度健全性',
            weight: 3,
            description: '是否建立健全财务管理、内部控制、资产管理等制度并有效执行。',
            standard: '制度健全且有效执行的，得满分；制度缺失或执行不到位的，每项扣1分，扣完为止。',
          },
          {
            name: '资金使用合规性',
            weight: 4,
            description: '资金使用是否符合国家财经法规和财务管理制度，有无截留、挤占、挪用、虚列支出等情况。',
            standard: '资金使用合规的，得满分；发现违规使用资金的，每项扣2分，扣完为止。',
          },
          {
            name: '预决算信息公开',
            weight: 3,
            description: '是否按规定的内容和时限公开部门预算、决算信息。',
            standard: '按规定公开的，得满分；未按时公开或公开内容不完整的，每项扣1分，扣完为止。',
          },
        ],
      },
    ],
  },
  {
    name: '履职效能',
    weight: 40,
    children: [
      {
        name: '履职产出',
        weight: 25,
        children: [
          {
            name: '重点工作完成情况',
            weight: 10,
            description: '部门年度重点工作任务的完成情况。',
            standard: '重点工作全部完成的，得满分；每有一项未完成扣2分，扣完为止。',
          },
          {
            name: '绩效指标完成率',
            weight: 15,
            description: '自评数据表中各项绩效指标实际完成值与年度指标值的比较。',
            standard: '得分＝权重×各定量绩效指标完成率（超过100%按100%计）的平均值',
          },
        ],
      },
      {
        name: '履职效益',
        weight: 10,
        children: [
          {
            name: '社会效益',
            weight: 10,
            description: '部门履职对公共安全、经济社会发展等产生的效益。',
            standard: '社会效益显著、全面达到预期目标的，得满分；部分达到的，按达到程度酌情扣分。',
          },
        ],
      },
      {
        name: '满意度',
        weight: 5,
        children: [
          {
            name: '服务对象满意度',
            weight: 5,
            description: '服务对象对部门履职情况的满意程度。',
            standard: '满意度达到90%及以上的，得满分；每低1个百分点扣0.5分，扣完为止。',
          },
        ],
      },
    ],
  },
];

/** The sample's deductions by level-3 name; every other indicator gets full marks. */
const SAMPLE_DEDUCTIONS: Readonly<Record<string, { readonly score: number; readonly reason: string }>> = {
  目标设置合理性: { score: 3, reason: '部分绩效目标量化程度不够精细，扣1分' },
};
const SAMPLE_GRADE = '优';

type MaterialField = { readonly label: string; readonly sample: string };

const MATERIAL_FIELDS: readonly MaterialField[] = [
  { label: '通知名称', sample: '《遂溪县财政局关于开展2025年县级财政资金绩效自评工作的通知》' },
  { label: '通知文号', sample: '遂财绩〔2025〕6号' },
  {
    label: '单位机构设置及部门职能',
    sample:
      '遂溪县应急管理局本级为正科级单位，内设9个职能股室和2个事业单位：办公室、政策法规和宣传教育股（案审办）、应急指挥股（应急支援和预案管理股）、综合协调和调查统计股、风险监测和综合减灾股、火灾防治管理股、自然灾害救援和救灾物资保障股、安全生产基础股、安全生产执法监察股，以及遂溪县专业森林消防队、遂溪县消防事务中心。主要职能：承担县安全生产委员会、县防汛抗旱指挥部、县森林防火指挥部和县减灾委员会办公室的日常工作；负责全县应急管理工作；负责全县安全生产综合监督管理和工矿商贸行业（煤矿除外）的安全生产监督管理工作。',
  },
  {
    label: '年度总体工作和重点工作任务',
    sample:
      '1.强化党建引领，提升应急能力。坚持以党的政治建设为统领，打造“对党忠诚、纪律严明、赴汤蹈火、竭诚为民”的准军事化队伍，保持应急队伍相对稳定。2.持续守牢安全底线。发挥安委会牵头抓总作用，严格落实安全生产责任制、“三个责任”和“三管三必须”，持续推进重大事故隐患专项排查整治行动，推动安委会实体化运作；健全防灾减灾救灾工作机制，抓好极端天气防范、森林防灭火、防震减灾等工作。3.持续提高应急处置和保障能力。积极争取国债支持项目，加快推进“遂溪智慧应急新型基础设施建设项目”和森林消防营地标准化建设，推进防灾减灾“十个有”建设，完善应急预案体系，加强应急救援力量和县—镇—村三级应急物资储备。4.持续构建基层应急和社会共治体系。加强应急科普宣传教育和应急演练，落实全员安全生产责任制，推动机关、企业、社区、学校联防联控、群防群治，打造共建共治共享的安全治理格局。',
  },
  {
    label: '部门整体支出绩效目标',
    sample:
      '围绕安全生产、自然灾害防治和森林防灭火三项核心职能设定年度绩效目标：坚决防范遏制较大以上生产安全事故，安全形势保持总体平稳；有效应对台风、强对流等极端天气，实现因灾“零伤亡、少损失”；及时有效处置森林火情，不发生重大森林火灾和人员伤亡事件；提高预警信息覆盖面和群众满意度。全年各项目标均已完成，我县在全市安全生产责任制和消防工作考核中连续三年获评“优秀等次”，三防工作获得市三防部门和县委、县政府的肯定。',
  },
  {
    label: '评价小组情况',
    sample:
      '根据《遂溪县应急管理局绩效考核工作实施方案》，我局成立了以主要领导为组长、分管领导为副组长、各股室负责人为成员的绩效评价小组，形成了主要领导亲自抓、分管领导负责抓、办公室督促抓、经办人具体抓的绩效评价工作机制。',
  },
  {
    label: '自评工作过程',
    sample:
      '收到通知后，评价小组及时布置自评工作，明确分工、落实责任。对照年度预算批复和绩效目标，查阅、核实有关账务、预算执行、政府采购、资产管理和项目实施等资料，逐项填写自评数据表和评分表；对预算执行、“三公”经费控制、财务管理制度执行和绩效指标完成情况进行综合分析，经集体研究形成自评结论和自评报告。',
  },
  { label: '自评材料报送日期', sample: '2025年7月28日' },
  { label: '报送与公开材料是否一致', sample: '是' },
  {
    label: '自评结果说明',
    sample:
      '我局年度预算编制合理、规范、准确，符合年度工作安排；年初按时申报绩效目标，目标完整，体现了我局的工作职能和年度工作计划。全年能够及时完成整体绩效目标，资金使用效率高，效果良好。除年末据实结算的少量应急物资运输费经报批后超出预算外，严格按照预算支出，合法合规使用资金，没有超标准开支，没有铺张浪费，完成了县财政局布置的工作要求。',
  },
  {
    label: '主要做法和经验',
    sample:
      '主要做法：一是精准锚定绩效目标，细化衡量准则。年初依据上级部署、本县安全生产和防灾减灾救灾实际需求及自身职能，制定可操作的绩效目标，对灾害应对全过程（灾害类型、应急响应启动、救援队伍出动、物资调配等）详实记录，为自评提供真实的一手资料。二是多维度开展自我评估。从任务完成、工作效率、团队协作和创新举措等维度，逐项核查隐患排查整治、应急响应及时性、联合执法协同配合等情况。三是深度对比目标与实际成果，分析事故多发的行业领域及原因、预警信息覆盖情况和应急避难场所建设情况，找准薄弱环节。四是针对执法人员专业知识不足、应急物资储备管理等问题，制定培训计划，完善物资出入库登记和信息化管理。主要经验：坚持以数据和事实为依据，杜绝主观偏见；紧抓核心工作，突出关键贡献；勇于直面不足；推动自评与能力提升有机融合，把自评成果转化为提升应急管理工作水平的动力。',
  },
  {
    label: '存在问题',
    sample:
      '一是绩效目标量化程度不够精细，部分指标的目标值和衡量标准有待细化；二是绩效评价指标体系的精细化程度不高，评价方案需要不断调整完善。',
  },
  {
    label: '改进措施',
    sample:
      '1.加强预算绩效目标管理，编制完整、可考核的绩效指标。项目年度绩效目标根据对应的年度重点工作设置，全面反映预期产出和效果；根据绩效目标细化、分解绩效指标，做到量化、可考核。2.加强绩效目标基础管理，完善相关制度。建立绩效目标审核机制，每年预算申报前按财政预算编制要求审核绩效目标，不符合要求的及时修改完善；健全财务管理制度和内部控制制度，建立科学的财政资金绩效考评制度体系，不断提高财政资金使用管理的水平和效率。',
  },
  { label: '其他自评情况', sample: '无' },
];

// ---------------------------------------------------------------------------------------------------------------------
// Styling helpers
// ---------------------------------------------------------------------------------------------------------------------

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const BOLD_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const RIGHT: Partial<ExcelJS.Alignment> = { horizontal: 'right', vertical: 'middle' };

type CellStyle = {
  readonly font?: Partial<ExcelJS.Font>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly numFmt?: string;
  readonly border?: boolean;
};

function col(index: number): string {
  // 1-based column index to letters; the reference sheets stay within A..Z.
  return String.fromCharCode(64 + index);
}

function addr(column: number, row: number): string {
  return `${col(column)}${row}`;
}

/** Writes a value (or leaves the cell empty when `value` is undefined) and styles the cell. */
function put(
  ws: ExcelJS.Worksheet,
  address: string,
  value: ExcelJS.CellValue | undefined,
  style: CellStyle = {},
): void {
  const cell = ws.getCell(address);
  if (value !== undefined) cell.value = value;
  cell.font = style.font ?? FONT;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.border) cell.border = BOX;
}

/** Styles every cell of a rectangle (1-based, inclusive), so merged blocks keep their borders on all edges. */
function styleRange(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  style: CellStyle,
): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) put(ws, addr(c, r), undefined, style);
  }
}

/** Writes the value into the top-left cell, styles the whole rectangle and merges it when it spans more than one cell. */
function putMerged(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  value: ExcelJS.CellValue | undefined,
  style: CellStyle,
): void {
  styleRange(ws, top, left, bottom, right, style);
  if (value !== undefined) ws.getCell(addr(left, top)).value = value;
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

/** Row height (points) for wrapped text in a merged block `widthChars` wide, in Excel's column-width units. */
function wrappedHeight(text: string, widthChars: number, minHeight = 20): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0xff ? 2.2 : 1.1;
  const lines = Math.max(1, Math.ceil(units / Math.max(1, widthChars - 1)));
  return Math.max(minHeight, Math.ceil(lines * 14.5 + 6));
}

function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

function widthOf(ws: ExcelJS.Worksheet, left: number, right: number): number {
  let total = 0;
  for (let c = left; c <= right; c++) total += ws.getColumn(c).width ?? 9;
  return total;
}

function landscapeA4(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function formula(text: string, result: number | string): ExcelJS.CellFormulaValue {
  return { formula: text, result };
}

function centsToAmount(cents: number): number {
  return Math.round(cents) / 100;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sheet 1: 自评数据表
// ---------------------------------------------------------------------------------------------------------------------

const DATA_LAST_COL = 11; // K: the width of the indicator block, the widest table

function budgetCents(kind: BudgetKind, column: 0 | 1 | 2): number {
  const row = BUDGET_ROWS.find((r) => r.kind === kind);
  if (row?.sums) return row.sums.reduce((sum, child) => sum + budgetCents(child, column), 0);
  return SAMPLE_BUDGET_LEAVES[kind as keyof typeof SAMPLE_BUDGET_LEAVES][column];
}

function sangongCents(kind: SangongKind, column: 0 | 1): number {
  const row = SANGONG_ROWS.find((r) => r.kind === kind);
  if (row?.sums) return row.sums.reduce((sum, child) => sum + sangongCents(child, column), 0);
  return SAMPLE_SANGONG_LEAVES[kind as keyof typeof SAMPLE_SANGONG_LEAVES][column];
}

/** Guards the invented sample figures: both breakdowns must add up to the report's two totals. */
function assertSampleBudget(): void {
  for (const column of [0, 1, 2] as const) {
    const bySource = budgetCents('total', column);
    const byType = budgetCents('basic', column) + budgetCents('project', column);
    if (bySource !== byType) throw new Error(`reference sample: breakdowns differ in amount column ${column}`);
  }
  if (budgetCents('total', 1) !== REPORT_BUDGET_TOTAL_CENTS || budgetCents('total', 2) !== REPORT_SPENT_TOTAL_CENTS) {
    throw new Error('reference sample: totals differ from the 2024 report');
  }
}

/**
 * The formula of a parent row over its children's rows, in one amount column: SUM(first:last) when the children are
 * adjacent rows, child+child otherwise (年度资金总额 = 财政拨款 + 其他资金, with the 其中 rows between them).
 */
function childFormula(
  rows: ReadonlyArray<{ readonly kind: string }>,
  firstRow: number,
  children: readonly string[],
  column: string,
): string {
  const childRows = children.map((kind) => firstRow + rows.findIndex((r) => r.kind === kind));
  const adjacent = childRows.every((r, i) => i === 0 || r === (childRows[i - 1] ?? 0) + 1);
  if (adjacent) return `SUM(${column}${Math.min(...childRows)}:${column}${Math.max(...childRows)})`;
  return childRows.map((r) => `${column}${r}`).join('+');
}

function rateFormula(numerator: string, denominator: string): string {
  return `IF(${denominator}=0,"",${numerator}/${denominator})`;
}

function rateResult(numeratorCents: number, denominatorCents: number): number | string {
  return denominatorCents === 0 ? '' : numeratorCents / denominatorCents;
}

/**
 * Completion rate per rules.md under the national scoring rules (the reference family's), written so it works for any
 * 指标性质 and stays blank for 定性 or missing values: ≤ keeps 1 − (B − A) ÷ A of the points up to 2A; = with a target
 * of 0 is met only by 0 or less, otherwise it is scored like ≥.
 */
function completionFormula(r: number): string {
  const [d, e, g] = [`D${r}`, `E${r}`, `G${r}`];
  return (
    `IF(OR(${e}="",${g}=""),"",` +
    `IF(${d}="≥",IF(${e}=0,"",${g}/${e}),` +
    `IF(${d}="≤",IF(${g}<=${e},1,IF(${g}>=2*${e},0,1-(${g}-${e})/${e})),` +
    `IF(${d}="=",IF(${e}=0,IF(${g}<=0,1,0),${g}/${e}),""))))`
  );
}

function completionResult(indicator: Indicator): number | string {
  const { nature, target, actual } = indicator;
  if (typeof target !== 'number' || typeof actual !== 'number') return '';
  switch (nature) {
    case '≥':
      return target === 0 ? '' : actual / target;
    case '≤':
      if (actual <= target) return 1;
      return actual >= 2 * target ? 0 : 1 - (actual - target) / target;
    case '=':
      if (target === 0) return actual <= 0 ? 1 : 0;
      return actual / target;
    case '定性':
      return '';
  }
}

function buildDataSheet(wb: ExcelJS.Workbook, kind: ReferenceKind, statedScore: number): void {
  const sample = kind === 'sample';
  const ws = wb.addWorksheet(REFERENCE_SHEET_NAMES.data, { views: [{ showGridLines: false }] });
  setWidths(ws, [14, 20, 22, 16, 16, 10, 12, 12, 10, 10, 36]);
  landscapeA4(ws);

  // Title and key-value fields: one label per row, so a blank value never borrows its neighbour label.
  const title = sample ? `部门整体支出绩效自评表（${YEAR}年度）` : '部门整体支出绩效自评表（    年度）';
  putMerged(ws, DATA_ROWS.title, 1, DATA_ROWS.title, DATA_LAST_COL, title, { font: TITLE_FONT, alignment: CENTER });
  ws.getRow(DATA_ROWS.title).height = 30;

  const keyValue = (row: number, label: string, value: ExcelJS.CellValue | undefined, numFmt?: string): void => {
    put(ws, addr(1, row), label, { alignment: CENTER, border: true });
    putMerged(ws, row, 2, row, 3, value, { alignment: LEFT, border: true, ...(numFmt ? { numFmt } : {}) });
  };
  keyValue(DATA_ROWS.unit, '单位名称', sample ? UNIT_NAME : undefined);
  keyValue(DATA_ROWS.year, '评价年度', sample ? YEAR : undefined);
  keyValue(DATA_ROWS.filedOn, '填报日期', sample ? FIXED_DATE : undefined, DATE_FORMAT);
  put(ws, addr(1, DATA_ROWS.amountUnit), '金额单位：元', { alignment: { horizontal: 'left', vertical: 'middle' } });
  STAFF.forEach(([label, value], i) => keyValue(DATA_ROWS.firstStaff + i, label, sample ? value : undefined));
  keyValue(
    DATA_ROWS.statedScore,
    '自评得分',
    formula(`${REFERENCE_SHEET_NAMES.score}!${REFERENCE_CELLS.score.totalScore}`, statedScore),
  );
  keyValue(DATA_ROWS.statedGrade, '自评等级', sample ? SAMPLE_GRADE : undefined);

  // 年度部门整体支出规模
  putMerged(ws, DATA_ROWS.budgetTitle, 1, DATA_ROWS.budgetTitle, DATA_LAST_COL, '年度部门整体支出规模', {
    font: BOLD_FONT,
    alignment: CENTER,
  });
  const bh = DATA_ROWS.budgetHeader;
  putMerged(ws, bh, 1, bh, 2, '项目', { font: BOLD_FONT, alignment: CENTER, border: true });
  ['年初预算数', '全年预算数', '全年执行数', '执行率'].forEach((label, i) =>
    put(ws, addr(3 + i, bh), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  putMerged(ws, bh, 7, bh, DATA_LAST_COL, '备注', { font: BOLD_FONT, alignment: CENTER, border: true });

  if (sample) assertSampleBudget();
  BUDGET_ROWS.forEach((row, i) => {
    const r = DATA_ROWS.firstBudget + i;
    putMerged(ws, r, 1, r, 2, row.label, {
      alignment: { ...LEFT, indent: row.depth },
      border: true,
      ...(row.depth === 0 ? { font: BOLD_FONT } : {}),
    });
    (['C', 'D', 'E'] as const).forEach((column, k) => {
      const cents = sample ? budgetCents(row.kind, k as 0 | 1 | 2) : 0;
      const value = row.sums
        ? formula(childFormula(BUDGET_ROWS, DATA_ROWS.firstBudget, row.sums, column), centsToAmount(cents))
        : sample
          ? centsToAmount(cents)
          : undefined;
      put(ws, `${column}${r}`, value, { numFmt: AMOUNT_FORMAT, alignment: RIGHT, border: true });
    });
    const rate = sample ? rateResult(budgetCents(row.kind, 2), budgetCents(row.kind, 1)) : '';
    put(ws, `F${r}`, formula(rateFormula(`E${r}`, `D${r}`), rate), {
      numFmt: RATE_FORMAT,
      alignment: RIGHT,
      border: true,
    });
    putMerged(ws, r, 7, r, DATA_LAST_COL, sample ? SAMPLE_BUDGET_NOTES[row.kind] : undefined, {
      alignment: LEFT,
      border: true,
    });
  });

  // "三公"经费
  const sh = DATA_ROWS.sangongHeader;
  putMerged(ws, sh, 1, sh, 2, '"三公"经费', { font: BOLD_FONT, alignment: CENTER, border: true });
  ['预算数', '决算数', '控制率'].forEach((label, i) =>
    put(ws, addr(3 + i, sh), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  SANGONG_ROWS.forEach((row, i) => {
    const r = DATA_ROWS.firstSangong + i;
    putMerged(ws, r, 1, r, 2, row.label, {
      alignment: { ...LEFT, indent: row.depth },
      border: true,
      ...(row.depth === 0 ? { font: BOLD_FONT } : {}),
    });
    (['C', 'D'] as const).forEach((column, k) => {
      const cents = sample ? sangongCents(row.kind, k as 0 | 1) : 0;
      const value = row.sums
        ? formula(childFormula(SANGONG_ROWS, DATA_ROWS.firstSangong, row.sums, column), centsToAmount(cents))
        : sample
          ? centsToAmount(cents)
          : undefined;
      put(ws, `${column}${r}`, value, { numFmt: AMOUNT_FORMAT, alignment: RIGHT, border: true });
    });
    const rate = sample ? rateResult(sangongCents(row.kind, 1), sangongCents(row.kind, 0)) : '';
    put(ws, `E${r}`, formula(rateFormula(`D${r}`, `C${r}`), rate), {
      numFmt: RATE_FORMAT,
      alignment: RIGHT,
      border: true,
    });
  });

  // 年度总体目标 / 实际完成情况
  const textWidth = widthOf(ws, 2, DATA_LAST_COL);
  (
    [
      [DATA_ROWS.goal, '年度总体目标', SAMPLE_GOAL],
      [DATA_ROWS.achieved, '实际完成情况', SAMPLE_ACHIEVED],
    ] as const
  ).forEach(([r, label, text]) => {
    put(ws, addr(1, r), label, { font: BOLD_FONT, alignment: CENTER, border: true });
    putMerged(ws, r, 2, r, DATA_LAST_COL, sample ? text : undefined, { alignment: LEFT, border: true });
    ws.getRow(r).height = sample ? wrappedHeight(text, textWidth) : 60;
  });

  // 绩效指标
  const ih = DATA_ROWS.indicatorHeader;
  INDICATOR_HEADERS.forEach((label, i) =>
    put(ws, addr(i + 1, ih), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  ws.getRow(ih).height = 30;
  SAMPLE_INDICATORS.forEach((indicator, i) => {
    const r = DATA_ROWS.firstIndicator + i;
    const percent = indicator.unit === '%';
    const numberStyle: CellStyle = {
      alignment: CENTER,
      border: true,
      ...(percent ? { numFmt: INDICATOR_PERCENT_FORMAT } : {}),
    };
    const v = <T>(value: T): T | undefined => (sample ? value : undefined);
    put(ws, `C${r}`, v(indicator.name), { alignment: LEFT, border: true });
    put(ws, `D${r}`, v(indicator.nature), { alignment: CENTER, border: true });
    put(ws, `E${r}`, v(indicator.target), numberStyle);
    put(ws, `F${r}`, v(indicator.unit === '' ? undefined : indicator.unit), { alignment: CENTER, border: true });
    put(ws, `G${r}`, v(indicator.actual), numberStyle);
    put(ws, `H${r}`, v(indicator.previous), numberStyle);
    put(ws, `I${r}`, formula(completionFormula(r), sample ? completionResult(indicator) : ''), {
      numFmt: RATE_FORMAT,
      alignment: CENTER,
      border: true,
    });
    put(ws, `J${r}`, v('是'), { alignment: CENTER, border: true });
    put(ws, `K${r}`, v(indicator.reason), { alignment: LEFT, border: true });
    ws.getRow(r).height =
      sample && indicator.reason ? wrappedHeight(indicator.reason, ws.getColumn(11).width ?? 36) : 20;
  });
  // 一级/二级 names merged down over their rows (blank template: empty bordered cells, left for the user to merge).
  const mergeRuns = (column: number, key: (x: Indicator) => string, name: (x: Indicator) => string): void => {
    let start = 0;
    SAMPLE_INDICATORS.forEach((indicator, i) => {
      const next = SAMPLE_INDICATORS[i + 1];
      if (next && key(next) === key(indicator)) return;
      const top = DATA_ROWS.firstIndicator + start;
      const bottom = DATA_ROWS.firstIndicator + i;
      if (sample) putMerged(ws, top, column, bottom, column, name(indicator), { alignment: CENTER, border: true });
      else styleRange(ws, top, column, bottom, column, { alignment: CENTER, border: true });
      start = i + 1;
    });
  };
  mergeRuns(
    1,
    (x) => x.level1,
    (x) => x.level1,
  );
  // The level-2 key carries its level-1 so a run never crosses a level-1 boundary.
  mergeRuns(
    2,
    (x) => `${x.level1}/${x.level2}`,
    (x) => x.level2,
  );

  const note = sample ? SAMPLE_NOTE : BLANK_NOTE;
  putMerged(ws, DATA_ROWS.note, 1, DATA_ROWS.note, DATA_LAST_COL, note, { alignment: { ...LEFT, vertical: 'top' } });
  ws.getRow(DATA_ROWS.note).height = wrappedHeight(note, widthOf(ws, 1, DATA_LAST_COL));
}

// ---------------------------------------------------------------------------------------------------------------------
// Sheet 2: 自评评分表
// ---------------------------------------------------------------------------------------------------------------------

const SCORE_LAST_COL = 10; // J: 得分

const SCORE_LEAVES: readonly ScoreLeaf[] = SCORE_TREE.flatMap((l1) => l1.children.flatMap((l2) => l2.children));

function sampleScore(indicator: ScoreLeaf): number {
  return SAMPLE_DEDUCTIONS[indicator.name]?.score ?? indicator.weight;
}

function sampleTotalScore(): number {
  return SCORE_LEAVES.reduce((sum, x) => sum + sampleScore(x), 0);
}

function buildScoreSheet(wb: ExcelJS.Workbook, kind: ReferenceKind): void {
  const sample = kind === 'sample';
  const ws = wb.addWorksheet(REFERENCE_SHEET_NAMES.score, { views: [{ showGridLines: false }] });
  setWidths(ws, [14, 8, 14, 8, 20, 8, 38, 44, 24, 8]);
  landscapeA4(ws);

  putMerged(ws, SCORE_ROWS.title, 1, SCORE_ROWS.title, SCORE_LAST_COL, '湛江市部门（单位）整体支出绩效自评评分表', {
    font: TITLE_FONT,
    alignment: CENTER,
  });
  ws.getRow(SCORE_ROWS.title).height = 30;
  put(ws, `A${SCORE_ROWS.unit}`, '单位名称', { alignment: CENTER, border: true });
  putMerged(ws, SCORE_ROWS.unit, 2, SCORE_ROWS.unit, 6, sample ? UNIT_NAME : undefined, {
    alignment: LEFT,
    border: true,
  });

  const h = SCORE_ROWS.header;
  const s = SCORE_ROWS.subHeader;
  const header: CellStyle = { font: BOLD_FONT, alignment: CENTER, border: true };
  putMerged(ws, h, 1, h, 2, '一级指标', header);
  putMerged(ws, h, 3, h, 4, '二级指标', header);
  putMerged(ws, h, 5, h, 6, '三级指标', header);
  putMerged(ws, h, 7, s, 7, '指标说明', header);
  putMerged(ws, h, 8, s, 8, '评分标准', header);
  putMerged(ws, h, 9, s, 9, '扣分原因', header);
  putMerged(ws, h, 10, s, 10, '得分', header);
  ['名称', '权重（%）', '名称', '权重（%）', '名称', '权重（%）'].forEach((label, i) =>
    put(ws, addr(i + 1, s), label, header),
  );

  const first = SCORE_ROWS.firstIndicator;
  SCORE_LEAVES.forEach((indicator, i) => {
    const r = first + i;
    put(ws, `E${r}`, indicator.name, { alignment: LEFT, border: true });
    put(ws, `F${r}`, indicator.weight, { alignment: CENTER, border: true });
    put(ws, `G${r}`, indicator.description, { alignment: LEFT, border: true });
    put(ws, `H${r}`, indicator.standard, { alignment: LEFT, border: true });
    const deduction = SAMPLE_DEDUCTIONS[indicator.name];
    put(ws, `I${r}`, sample && deduction ? deduction.reason : undefined, { alignment: LEFT, border: true });
    put(ws, `J${r}`, sample ? sampleScore(indicator) : undefined, { alignment: CENTER, border: true });
    ws.getRow(r).height = Math.max(
      wrappedHeight(indicator.description, ws.getColumn(7).width ?? 38),
      wrappedHeight(indicator.standard, ws.getColumn(8).width ?? 44),
    );
  });

  // Level-1 and level-2 names and weights, merged down over their children.
  const group = (
    top: number,
    nameCol: number,
    node: { readonly name: string; readonly weight: number },
    rows: number,
  ): void => {
    const bottom = top + rows - 1;
    putMerged(ws, top, nameCol, bottom, nameCol, node.name, { alignment: CENTER, border: true });
    putMerged(ws, top, nameCol + 1, bottom, nameCol + 1, node.weight, { alignment: CENTER, border: true });
  };
  let row = first;
  for (const level1 of SCORE_TREE) {
    group(
      row,
      1,
      level1,
      level1.children.reduce((n, level2) => n + level2.children.length, 0),
    );
    for (const level2 of level1.children) {
      group(row, 3, level2, level2.children.length);
      row += level2.children.length;
    }
  }

  const last = first + SCORE_LEAVES.length - 1;
  const t = SCORE_ROWS.total;
  const totalWeight = SCORE_TREE.reduce((sum, x) => sum + x.weight, 0);
  const totalScore = sample ? sampleTotalScore() : 0;
  put(ws, `A${t}`, '合计', { font: BOLD_FONT, alignment: CENTER, border: true });
  put(ws, `B${t}`, formula(`SUM(B${first}:B${last})`, totalWeight), {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  styleRange(ws, t, 3, t, 9, { border: true });
  put(ws, `J${t}`, formula(`SUM(J${first}:J${last})`, totalScore), {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  ws.getRow(t).height = 22;
  put(ws, `A${SCORE_ROWS.grade}`, '自评等级', { font: BOLD_FONT, alignment: CENTER, border: true });
  put(ws, `B${SCORE_ROWS.grade}`, sample ? SAMPLE_GRADE : undefined, {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  ws.getRow(SCORE_ROWS.grade).height = 22;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sheet 3: 报告素材
// ---------------------------------------------------------------------------------------------------------------------

function buildMaterialSheet(wb: ExcelJS.Workbook, kind: ReferenceKind): void {
  const sample = kind === 'sample';
  const ws = wb.addWorksheet(REFERENCE_SHEET_NAMES.material, { views: [{ showGridLines: false }] });
  setWidths(ws, [26, 20, 20, 20, 20, 20]);
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };

  putMerged(ws, MATERIAL_ROWS.title, 1, MATERIAL_ROWS.title, 6, '报告素材（用于生成自评报告）', {
    font: TITLE_FONT,
    alignment: CENTER,
  });
  ws.getRow(MATERIAL_ROWS.title).height = 30;
  const textWidth = widthOf(ws, 2, 6);
  MATERIAL_FIELDS.forEach((field, i) => {
    const r = MATERIAL_ROWS.firstField + i;
    put(ws, `A${r}`, field.label, { font: BOLD_FONT, alignment: CENTER, border: true });
    putMerged(ws, r, 2, r, 6, sample ? field.sample : undefined, { alignment: LEFT, border: true });
    ws.getRow(r).height = sample ? wrappedHeight(field.sample, textWidth, 24) : 40;
  });
  const noteRow = MATERIAL_ROWS.firstField + MATERIAL_FIELDS.length + 1;
  putMerged(ws, noteRow, 1, noteRow, 6, MATERIAL_NOTE, { alignment: LEFT });
  ws.getRow(noteRow).height = wrappedHeight(MATERIAL_NOTE, widthOf(ws, 1, 6), 24);
}

/** How to type the texts: line breaks inside a cell, and what the report makes of numbered items and blanks. */
export const MATERIAL_NOTE =
  '填写说明：一项内容需要分段时，在单元格内按 Alt+Enter 换行（Mac 上按 Control+Option+Enter），每一行在报告中成为一段；编号的条目（1. 2. 3. 或（1）（2））即使写在同一行，报告中也会分段。某项不填写时，报告会在相应位置标出“待填写”，不会自动编写内容。';

// ---------------------------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------------------------

/** Builds the reference workbook: the empty template, or the 遂溪县应急管理局本级 2024 sample. */
export function buildReferenceWorkbook(kind: ReferenceKind): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ziping';
  wb.lastModifiedBy = 'ziping';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = kind === 'sample' ? `部门整体支出绩效自评（${UNIT_NAME} ${YEAR}年度样例）` : '部门整体支出绩效自评模板';

  buildDataSheet(wb, kind, kind === 'sample' ? sampleTotalScore() : 0);
  buildScoreSheet(wb, kind);
  buildMaterialSheet(wb, kind);
  return wb;
}

/** The reference workbook as .xlsx bytes. */
export async function writeReferenceWorkbook(kind: ReferenceKind): Promise<Uint8Array> {
  const buffer = await buildReferenceWorkbook(kind).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
