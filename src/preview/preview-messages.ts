// Chinese text of the browser preview's host bar (the task pane's own text is in src/taskpane/messages.ts).
export const PREVIEW_MESSAGES = {
  banner: '浏览器预览 · 模拟 Excel',
  workbook: '当前工作簿：{{name}}',
  openFile: '打开 .xlsx…',
  loadFailed: '无法打开该文件：{{message}}',
  sampleName: '示例（sample-2024.xlsx）',
} as const;
