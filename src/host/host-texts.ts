// Chinese texts every host shares: why a write-back wrote nothing, and the names hosts give the sheets they create.

/** Why applyChanges wrote nothing; `{{cell}}` is the first cell that could not be written, `{{what}}` its name. */
export const WRITE_BACK_MESSAGES = {
  protected:
    '工作表"{{sheet}}"受保护，无法写入 {{cell}}（{{what}}）。请先撤销工作表保护（审阅 → 撤销工作表保护）后再试；本次未修改任何单元格。',
  mergedCell:
    '{{cell}}（{{what}}）位于合并单元格中且不是其左上角单元格，无法写入。请检查合并单元格后重新检查；本次未修改任何单元格。',
  changed: '{{cell}}（{{what}}）的内容在预览之后已被修改。请重新检查后再写回；本次未修改任何单元格。',
  sheetMissing:
    '找不到工作表"{{sheet}}"，{{cell}}（{{what}}）无法写入：工作表可能已被重命名或删除。请重新检查后再写回；本次未修改任何单元格。',
} as const;

/** Names hosts give the sheets they create. */
export const HOST_SHEET_NAMES = {
  report: '自评报告',
  /** Appended to a template sheet whose name is taken: "自评数据表 (2)". */
  copySuffix: ' ({{n}})',
} as const;
