// Chinese messages of the file host: why a workbook file could not be opened or edited.

export const FILE_HOST_MESSAGES = {
  notSpreadsheet: '"{{file}}"不是可读取的 Excel 工作簿（.xlsx）：{{reason}}',
  noWorkbookPart: '文件中找不到工作簿内容，可能不是 Excel 工作簿或已损坏。',
  unreadable: '文件无法作为 .xlsx 打开（{{detail}}）。请重新从 Excel 保存或重新获取文件。',
  sheetPartMissing: '工作表"{{sheet}}"的内容缺失，文件可能已损坏。',
} as const;

export function fillText(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');
}
