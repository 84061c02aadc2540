// Chinese messages for failures at the Excel edge, keyed by OfficeExtension error code (Excel.ErrorCodes).
import { fillTemplate } from '../core/messages';
import { HOST_SHEET_NAMES } from '../host/host-texts';

/** Messages for the error codes a person can do something about; anything else falls back to `unknown`. */
export const EXCEL_ERROR_MESSAGES = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。',
  ItemNotFound: '找不到要读取或写入的工作表或单元格，可能已在此期间被重命名或删除。请重新检查工作簿后再试。',
  AccessDenied: '没有权限修改这部分内容：工作表或工作簿可能受保护。请先撤销保护（审阅 → 撤销工作表保护）后再试。',
  InsertDeleteConflict: '插入或删除单元格与工作表中的现有内容冲突，请检查合并单元格、表格或筛选区域后再试。',
  MergedRangeConflict: '操作与合并单元格冲突，请检查合并单元格后再试。',
  FilteredRangeConflict: '操作与筛选区域冲突，请先清除筛选后再试。',
  InvalidArgument: '加载项向 Excel 传入了无效的参数，请重试；如果问题持续出现，请联系开发人员。',
  InvalidReference: '单元格引用无效，请检查工作表名称和单元格地址。',
  InvalidOperation: 'Excel 不允许执行此操作，请检查工作表是否受保护或处于特殊状态后再试。',
  UnsupportedOperation: '当前版本的 Excel 不支持此操作，请升级 Excel 或改用桌面版。',
  ApiNotFound: '当前版本的 Excel 缺少加载项需要的功能，请升级 Excel 或改用桌面版。',
  RequestAborted: '请求已被中断，请重试。',
  ResponsePayloadSizeLimitExceeded:
    '工作簿数据量过大，超出了 Excel 加载项一次能读取的上限（网页版 Excel 每次 5 MB）。请删除不需要的工作表或空白区域中的格式后再试，或改用桌面版 Excel。',
  RequestPayloadSizeLimitExceeded:
    '要写入的数据量过大，超出了 Excel 加载项一次能发送的上限（网页版 Excel 每次 5 MB）。请减少标记或写回的单元格后再试，或改用桌面版 Excel。',
  RangeExceedsLimit: '区域中的单元格数量超出了 Excel 的限制。',
  InactiveWorkbook: '工作簿当前不可用（可能正在后台或已关闭），请切换回该工作簿后再试。',
  GeneralException: 'Excel 处理请求时出现内部错误，请稍后重试；如果问题持续出现，请保存并重新打开工作簿。',
} as const satisfies Readonly<Record<string, string>>;

export type KnownExcelErrorCode = keyof typeof EXCEL_ERROR_MESSAGES;

/** Messages that are not keyed by an Office error code. `{{code}}` is replaced by the error code. */
export const EXCEL_FALLBACK_MESSAGES = {
  unknown: 'Excel 操作失败（错误代码：{{code}}），请重试；如果问题持续出现，请联系开发人员并提供此代码。',
  excelUnavailable: '未检测到 Excel，请在 Excel 中打开本加载项。',
} as const;

export { WRITE_BACK_MESSAGES } from '../host/host-texts';

/** Messages of the add-in's own checks before calling Excel (not Office error codes). */
export const EXCEL_REQUIREMENT_MESSAGES = {
  insertTemplateTooOld:
    '当前版本的 Excel 不支持插入模板工作表（需要 Excel API 1.13：Microsoft 365 版 Excel 或网页版 Excel）。请升级 Excel，或在命令行中运行 ziping template 生成模板文件后手动打开。',
} as const;

/** Error code of an ExcelGatewayError raised because a requirement set is missing. */
export const REQUIREMENT_NOT_MET = 'RequirementNotMet';

/** Names the add-in gives the sheets it creates (shared with the file host). */
export const EXCEL_SHEET_NAMES = HOST_SHEET_NAMES;

export function isKnownExcelErrorCode(code: string): code is KnownExcelErrorCode {
  return Object.prototype.hasOwnProperty.call(EXCEL_ERROR_MESSAGES, code);
}

/** The Chinese message for an Office error code. */
export function excelErrorMessage(code: string): string {
  if (isKnownExcelErrorCode(code)) return EXCEL_ERROR_MESSAGES[code];
  return fillTemplate(EXCEL_FALLBACK_MESSAGES.unknown, { code });
}
