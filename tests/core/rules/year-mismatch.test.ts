import rule from '../../../src/core/rules/year-mismatch';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the notice and the filing are dated 2025', grids: sampleLikeGrids() },
    {
      name: 'a 2023 figure for 上年 comparison',
      grids: sampleLikeGrids({ material: { B6: '事故起数比2023年同比下降20%。' } }),
    },
    {
      name: 'a 2025 document number inside text',
      grids: sampleLikeGrids({ material: { B8: '根据遂财绩〔2025〕6号文件要求，于2025年7月28日报送。' } }),
    },
    {
      name: 'numbers that are not years',
      grids: sampleLikeGrids({ material: { B12: '转移群众2023人次，投入2019.5万元。' } }),
    },
  ],
  invalid: [
    {
      name: 'a campaign named 2023 in a 2024 report',
      grids: sampleLikeGrids({ material: { B5: '持续推进重大事故隐患专项排查 2023 行动。' } }),
      findings: [{ sheet: '报告素材', messageId: 'year', cells: ['B5'], message: ['2023'] }],
    },
    {
      name: 'a wrong year in the data table goals',
      grids: sampleLikeGrids({ data: { B36: '2023年度安全形势总体平稳。' } }),
      findings: [{ sheet: '自评数据表', messageId: 'year', cells: ['B36'] }],
    },
    {
      name: 'next year outside the filing context',
      grids: sampleLikeGrids({ material: { B13: '2025年目标量化不够精细。' } }),
      findings: [{ sheet: '报告素材', messageId: 'year', cells: ['B13'] }],
    },
  ],
});
