// 部门整体支出绩效评价指标表 filed on its own: the score sheet of a whole-department evaluation, with no data table
// beside it (长沙市雨花区 2017: a cover page and 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 |
// 指标说明 | 得分; 大英县 2020: 绩效指标 一级/二级/三级 | 指标分值 | 指标解释 | 计分标准 | 自评得分 | 备注). The budget
// figures live in the report's text, so there is no data table to miss; the sheet's weights, scores and total are
// checked as the reference template's score sheet is.
import type { FormFamily } from './family';

export const SCORESHEET_DEPARTMENT: FormFamily = {
  id: 'scoresheet-department',
  name: '部门整体支出绩效评价指标表（仅评分表）',
  kind: 'department',
  required: [
    { label: '一级指标' },
    { label: '二级指标' },
    { label: '三级指标' },
    { label: '分值', synonyms: ['指标分值'] },
    { label: '得分', synonyms: ['自评得分'] },
    { label: '评价标准', synonyms: ['计分标准', '评分标准'] },
  ],
  distinguishing: [
    { label: '部门整体支出绩效评价指标表', title: true },
    { label: '指标说明', synonyms: ['指标解释'] },
    { label: '部门(单位)名称' },
    { label: '预算编码' },
    { label: '绩效指标' },
    { label: '备注' },
  ],
  // A form with a data table (budget figures, indicator targets and results) is another family's.
  absent: [{ label: '全年执行数' }, { label: '实际完成值' }, { label: '全年完成值' }, { label: '年度指标值' }],
  parts: { dataTable: false, scoreSheet: true, inlineScores: false, material: false },
  blankAllowed: [],
  optionalRows: [],
  contributes: {},
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '各指标按评价标准打分；总分 = Σ 三级指标得分，等级按总分',
  },
  rulesOff: [],
  example: 'tests/forms/sichuan-daying-zonggonghui-2020',
};
