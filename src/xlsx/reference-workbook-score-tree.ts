// Content of the reference 自评评分表: the indicator tree with weights, standards and the sample's scores.
import type { Grade } from '../core/template/model';

export type ScoreLeaf = {
  readonly name: string;
  readonly weight: number;
  readonly description: string;
  readonly standard: string;
};
type ScoreGroup<T> = { readonly name: string; readonly weight: number; readonly children: readonly T[] };
type ScoreLevel1 = ScoreGroup<ScoreGroup<ScoreLeaf>>;

// Weights are typed, not formulas: they are prescribed by the template, and score-weight-rollup checks them.
export const SCORE_TREE: readonly ScoreLevel1[] = [
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
export const SAMPLE_DEDUCTIONS: Readonly<Record<string, { readonly score: number; readonly reason: string }>> = {
  目标设置合理性: { score: 3, reason: '部分绩效目标量化程度不够精细，扣1分' },
};
export const SAMPLE_GRADE: Grade = '优';
