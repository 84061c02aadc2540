// The invalid texts are the real 实际完成情况 / 预期目标 of two 池州市贵池区棠溪镇 project forms (tests/forms, from
// the 2022 项目支出绩效自评表 of 委托业务 and of 村级组织运转), typed into 报告素材 of a sample-like workbook.
import rule from '../../../src/core/rules/text-sum';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const material = (B11: string) => sampleLikeGrids({ material: { B11 } });

ruleTester(rule, {
  valid: [
    { name: 'the sample', grids: sampleLikeGrids() },
    {
      name: 'parts that add up (the 村级组织运转 form: 439,120.67 + 152,000 + 28,000 + 660,000 + 50,000)',
      grids: material(
        '本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，村民组长、党小组长基本报酬152000元，村民监督委员会工资28000元，村级事务补助660000元，村级工作目标奖励50000元。',
      ),
    },
    {
      name: 'parts within the stated precision (89.97 ≈ 30 + 30 + 29.97 万元)',
      grids: material(
        '本项目共完成预算资金89.97万元。其中：30万元用于预算编制；30万元用于审计；29.97万元用于设计、规划、测绘。',
      ),
    },
    {
      name: '元 and 万元 mixed: 1.2万元 = 5000元 + 7000元',
      grids: material('全年共支出培训费1.2万元，其中师资费5000元、场地费7000元。'),
    },
    {
      name: 'one part only is no breakdown',
      grids: material('共安排资金120万元，其中设备购置50万元。'),
    },
    {
      name: 'a list that says it is partial (主要) may fall short',
      grids: material('共安排资金120万元，其中主要用于设备购置50万元、运行维护40万元。'),
    },
    {
      name: 'a comparison after the list is not a part',
      grids: material('共支出100万元，其中人员经费60万元，公用经费40万元，较上年增加10万元。'),
    },
    {
      name: 'a part’s own breakdown in brackets is not counted twice',
      grids: material('共支出100万元，其中人员经费60万元（含绩效工资20万元），公用经费40万元。'),
    },
    {
      name: '一般公共预算 is not a total (共 inside 公共)',
      grids: material('一般公共预算拨款500万元，其中基本支出300万元，项目支出100万元。'),
    },
  ],
  invalid: [
    {
      name: 'the 委托业务 form: 89.97万元 stated, 30 + 30 + 29.99 = 89.99万元',
      grids: material(
        '本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。',
      ),
      findings: [
        {
          sheet: '报告素材',
          messageId: 'sum',
          cells: ['B11'],
          message: ['共89.97万元', '30万元 + 30万元 + 29.99万元', '合计 89.99万元', '相差 0.02万元'],
        },
      ],
    },
    {
      name: 'the 村级组织运转 form: 2,026,400元 stated, the five parts make 1,740,000元',
      grids: material(
        '本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长、党小组长基本报酬252000元，村民监督委员会工资28000元，村级事务补助960000元，村级工作目标奖励100000元。',
      ),
      findings: [
        { sheet: '报告素材', messageId: 'sum', cells: ['B11'], message: ['合计 1,740,000.00元', '相差 286,400.00元'] },
      ],
    },
    {
      name: 'amounts joined by plus signs take the unit written after the last one',
      grids: material('共计拨付120万元，其中30+50+30万元分三批到位。'),
      findings: [{ sheet: '报告素材', messageId: 'sum', cells: ['B11'], message: ['合计 110.00万元'] }],
    },
    {
      name: 'a partial list can never exceed its total',
      grids: material('共安排资金100万元，其中主要用于设备购置70万元、运行维护40万元。'),
      findings: [{ sheet: '报告素材', messageId: 'sum', cells: ['B11'], message: ['相差 10.00万元'] }],
    },
  ],
});
