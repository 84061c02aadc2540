// The sample's report compared, section by section, with the report 遂溪县应急管理局本级 really submitted for 2024
// (tests/report/reference/sample-report-2024.txt): the same outline and figures, its mistakes corrected, and the
// places where the product writes differently on purpose, each with its reason.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HEADINGS } from '../../src/report/report-text';
import { reportToText } from '../../src/report/report-to-text';
import { sampleReport } from './support';

const REFERENCE = readFileSync(path.join(__dirname, 'reference', 'sample-report-2024.txt'), 'utf8');

const ORDER = [
  'basic',
  'organisation',
  'annualWork',
  'goals',
  'spending',
  'work',
  'team',
  'process',
  'submission',
  'consistency',
  'evaluation',
  'result',
  'analysis',
  'practices',
  'problems',
  'improvements',
  'other',
] as const;
type Part = 'front' | (typeof ORDER)[number];

/** Text without any white space (the reference breaks lines at page ends and puts spaces around figures). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text of each outline part, found by its heading, in order. */
function partsOf(text: string): Record<Part, string> {
  const flat = squeeze(text);
  const out = {} as Record<Part, string>;
  let from = 0;
  let previous: Part = 'front';
  for (const key of ORDER) {
    const heading = squeeze(HEADINGS[key]).replace(/。$/, '');
    const at = flat.indexOf(heading, from);
    if (at < 0) throw new Error(`heading ${heading} not found`);
    out[previous] = flat.slice(from, at);
    from = at + heading.length;
    previous = key;
  }
  out[previous] = flat.slice(from);
  return out;
}

type Row = {
  readonly part: Part;
  /** What the submitted report says there (must be found in it, so the table stays tied to the real text). */
  readonly reference: string;
  /** What the generated report says instead, or the same. */
  readonly ours: string;
  /** Why they differ, when they do. */
  readonly why: string;
};

const ROWS: readonly Row[] = [
  { part: 'front', reference: '评价年度：2024年度', ours: '评价年度：2024年度', why: 'same' },
  { part: 'front', reference: '填报日期：2025年7月25日', ours: '填报日期：2025年7月25日', why: 'same' },
  {
    part: 'front',
    reference: '现将2024年度（单位名称）整体支出',
    ours: '现将2024年度遂溪县应急管理局本级整体支出',
    why: 'the unit-name placeholder was never filled in the submitted report',
  },
  {
    part: 'front',
    reference: '（遂财绩[2025]6号）',
    ours: '（遂财绩〔2025〕6号）',
    why: 'the 通知文号 as 报告素材 writes it, with the 六角括号 of document numbers',
  },
  {
    part: 'organisation',
    reference: '机构编制部门核定人员34人，年末在职人32人，离退休6人，外聘临时工人40人',
    ours: '机构编制部门核定人员34人，年末在职32人，离退休6人，外聘人员40人',
    why: 'same figures, from the data table; "年末在职人32人" was a typo',
  },
  {
    part: 'annualWork',
    reference: '1、强化党建引领提升应急能力',
    ours: '1.强化党建引领，提升应急能力',
    why: 'the four numbered tasks, from 报告素材 as the sample words them',
  },
  {
    part: 'annualWork',
    reference: '持续推进重大事故隐患专项排查2023行动',
    ours: '持续推进重大事故隐患专项排查整治行动',
    why: 'the sample corrected the 2023 that year-mismatch warns about',
  },
  {
    part: 'goals',
    reference: '全县共发生各类生产安全事故8宗，受伤2人，分别同比下降20%、33.33%',
    ours: '生产安全事故起数8起（同比下降20.00%）、生产安全事故受伤人数2人（同比下降33.33%）',
    why: 'the same figures and 同比, generated from the indicator table (起 is the table’s unit)',
  },
  {
    part: 'goals',
    reference: '启动应急响应12次，响应时长480多小时，及时转移撤离群众3403人次',
    ours: '应急响应启动次数12次、转移撤离群众3403人次、出动救火人员1366人次、预警信息覆盖率96%、应急响应时长480小时',
    why: 'the same figures, told together as targets exceeded',
  },
  {
    part: 'goals',
    reference: '没有发生重大森林火灾和人员伤亡事件',
    ours: '全年未发生较大以上生产安全事故，无因灾死亡人员',
    why: 'zero targets said as a person says them',
  },
  {
    part: 'spending',
    reference:
      '收入预算安排34474255.03元，决算支出34474740.51元，决算支出比收入预算安排减少485.48元，减少0.01%，整体支出完成率100%',
    ours: '收入预算安排34474255.03元，决算支出34474740.51元，决算支出比收入预算安排增加485.48元，增幅不足0.01%，整体支出执行率100.001%',
    why: 'the submitted report had the direction and the percentage wrong; 100% hid the overspend',
  },
  {
    part: 'spending',
    reference: '严格执行预算相关要求',
    ours: '“三公”经费预算数210000.00元，决算数181161.60元',
    why: 'the breakdowns and “三公” funds the outline asks for, from the data table',
  },
  {
    part: 'team',
    reference: '绩效评价小组',
    ours: '我局成立了以主要领导为组长、分管领导为副组长、各股室负责人为成员的绩效评价小组',
    why: 'same content, from 报告素材',
  },
  {
    part: 'submission',
    reference: '7月28日及时报送资料。我单位对所报送自评材料真实性、完整性、一致性、规范性负责。',
    ours: '2025年7月28日报送自评材料。我单位对所报送自评材料真实性、完整性、一致性、规范性负责。',
    why: 'the full date; the accountability sentence is the outline’s',
  },
  {
    part: 'consistency',
    reference: '说明本单位所报送的自评报告、数据表、评分表是否与公开的自评报告、数据表、评分表一致。',
    ours: '我单位报送的自评报告、自评数据表、自评评分表与公开的自评报告、自评数据表、自评评分表一致。',
    why: 'the submitted report kept the outline’s instruction instead of an answer',
  },
  { part: 'result', reference: '自评分数99分，自评等级为优', ours: '自评分数99分，自评等级为优。', why: 'same' },
  {
    part: 'analysis',
    reference: '对照《整体支出绩效自评指标评分表》逐项分析各指标完成情况。',
    ours: '一级指标中，前期准备工作（权重30分）得29分，预算执行与管理（权重30分）得30分，履职效能（权重40分）得40分。目标设置合理性（权重4分）得3分，扣1分，扣分原因：部分绩效目标量化程度不够精细。',
    why: 'the submitted report kept the instruction; the analysis is generated from the score sheet',
  },
  {
    part: 'problems',
    reference: '一是绩效目标量化度不精细。二是绩效评比的指示精细度不高',
    ours: '一是绩效目标量化程度不够精细',
    why: 'same points, from 报告素材',
  },
  {
    part: 'improvements',
    reference: '1、加强预算绩效目标管理，编制完整、可考核的绩效指标。',
    ours: '1.加强预算绩效目标管理，编制完整、可考核的绩效指标。',
    why: 'same',
  },
  { part: 'other', reference: '无。', ours: '无。', why: 'same' },
];

describe('the sample report against the submitted 2024 report', () => {
  const reference = partsOf(REFERENCE);

  it('has the same outline: every heading of the submitted report, in the same order', async () => {
    const ours = partsOf(reportToText((await sampleReport()).report));
    expect(Object.keys(ours)).toEqual(Object.keys(reference));
  });

  it.each(ROWS.map((row) => [row.part, row.why, row]))('%s: %s', async (_part, _why, row) => {
    const ours = partsOf(reportToText((await sampleReport()).report));
    expect(reference[row.part]).toContain(squeeze(row.reference));
    expect(ours[row.part]).toContain(squeeze(row.ours));
    if (row.why !== 'same' && row.reference !== row.ours && /wrong|instruction|never filled/.test(row.why))
      expect(ours[row.part]).not.toContain(squeeze(row.reference));
  });

  it('splits numbered items into paragraphs as the submitted report does', async () => {
    const text = reportToText((await sampleReport()).report);
    const between = (a: string, b: string) => text.slice(text.indexOf(`\n${a}\n`), text.indexOf(`\n${b}\n`));
    expect(between(HEADINGS.annualWork, HEADINGS.goals).match(/\n\d\./g)).toHaveLength(4);
    expect(between(HEADINGS.improvements, HEADINGS.other).match(/\n\d\./g)).toHaveLength(2);
  });
});
