import rule from '../../../src/core/rules/unit-name-mismatch';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const D = (cell: string) => `'自评数据表'!${cell}`;

ruleTester(rule, {
  valid: [
    { name: 'one name everywhere', grids: sampleLikeGrids() },
    { name: 'the short form in text', grids: sampleLikeGrids({ material: { B4: '遂溪县应急管理局为正科级单位。' } }) },
    {
      name: "the placeholder is placeholder-text's",
      grids: sampleLikeGrids({ material: { B8: '现将2024年度（单位名称）整体支出绩效自评情况报告如下。' } }),
    },
    {
      name: 'subordinate units named in text',
      grids: sampleLikeGrids({ material: { B12: '遂溪县专业森林消防队和遂溪县消防事务中心积极参与。' } }),
    },
  ],
  invalid: [
    {
      name: 'the score sheet names another unit',
      grids: sampleLikeGrids({ score: { B2: '遂溪县自然资源局' } }),
      findings: [{ sheet: '自评评分表', messageId: 'sheets', cells: ['B2', D('B2')], message: ['遂溪县自然资源局'] }],
    },
    {
      name: 'the report names another unit',
      grids: sampleLikeGrids({ material: { B8: '现将2024年度遂溪县水务局整体支出绩效自评情况报告如下。' } }),
      findings: [{ sheet: '报告素材', messageId: 'text', cells: ['B8', D('B2')] }],
    },
    {
      name: 'a 街道 in a 乡 report',
      grids: sampleLikeGrids({
        data: { B2: '遂溪县北坡乡人民政府' },
        score: { B2: '遂溪县北坡乡人民政府' },
        material: { B4: '遂溪县北坡乡人民政府为正科级单位。', B12: '我街道坚持以人民为中心。' },
      }),
      findings: [{ sheet: '报告素材', messageId: 'type', cells: ['B12', D('B2')], severity: 'warning' }],
    },
  ],
});
