// Chinese text of the report panel; `{{name}}` placeholders are filled by fillMessage.
export const REPORT_PANEL_MESSAGES = {
  title: '自评报告',
  preview: '报告预览',
  exportDocx: '导出 Word',
  copyText: '复制文本',
  writeSheet: '写入工作表',
  actions: '报告操作',
  openErrors: '还有 {{count}} 个错误未修正，此时导出的报告为草稿。',
  showFindings: '到“检查”页查看',
  noErrors: '未发现错误，可以导出。',
  draftTitle: '导出草稿？',
  draftBody:
    '工作簿中还有 {{count}} 个错误未修正，报告中的数字可能与表格不一致。导出的 Word 将在标题处标明“草稿”。建议先到“检查”页修正后再导出正式报告。',
  exportDraft: '仍然导出草稿',
  goFix: '先去修正',
  generatedHint: '按表格数据生成，点击可定位到来源单元格：{{cells}}',
  missingHint: '报告素材缺少此项，请补充后重新生成',
  unverifiedHint: '这段文字与表格不符，方括号中是按表格应写的数字：点击定位到 {{cell}} 修改后重新生成',
  legend: '带底色的句子由表格数据生成，点击可在工作簿中定位来源；黄色标记为待填写内容。',
} as const;
