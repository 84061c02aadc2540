// Chinese text of the task pane shell; `{{name}}` placeholders are filled by fillMessage.

export const TASKPANE_MESSAGES = {
  productName: '绩效自评助手',
  tagline: '检查部门整体支出绩效自评表，并生成自评报告。',
  check: '检查',
  checking: '正在读取工作簿…',
  sheetsCaption: '工作簿中的工作表',
  sheetName: '工作表',
  sheetSize: '大小',
  sheetSizeValue: '{{rows}} 行 × {{cols}} 列',
  sheetEmpty: '空白',
  sheetCount: '共 {{count}} 个工作表。',
  readFailed: '读取工作簿失败：{{message}}',
  unexpectedError: '出现了意外错误，请重试；如果问题持续出现，请联系开发人员。',
  notInExcelTitle: '请在 Excel 中打开本加载项',
  notInExcelBody: '绩效自评助手是 Excel 加载项，需要在 Excel 的“开始”选项卡中点击“自评助手”按钮打开。',
} as const;

export function fillMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
