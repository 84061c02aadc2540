// Chinese text of an annotated copy: the 检查结果 sheet and the notes on marked cells.

export const ANNOTATE_TEXTS = {
  sheetName: '检查结果',
  title: '绩效自评表检查结果：{{file}}',
  unit: '单位',
  year: '年度',
  item: '项目',
  stated: '填报',
  recomputed: '重算',
  score: '自评得分',
  grade: '自评等级',
  executionRate: '整体执行率',
  counts: '检查发现',
  countsValue: '{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示',
  noFindings: '未发现问题',
  notRecognised: '未识别为自评表',
  legend:
    '标注说明：有问题的单元格已按严重程度填色（红＝错误，黄＝警告，蓝＝提示），并附批注；点击"位置"可跳到该单元格。原表其余内容未作任何改动。',
  headers: ['序号', '严重程度', '问题类型', '位置', '说明'],
  wholeFile: '（整个文件）',
  moreCells: ' 等 {{count}} 处',
  noteAuthor: '绩效自评助手',
  notePrefix: '【绩效自评助手·{{severity}}】{{rule}}',
} as const;

export const SEVERITY_TEXTS = { error: '错误', warning: '警告', info: '提示' } as const;
