// Typed failures of opening a workbook file, with the Chinese reason a user is shown.
import { fillTemplate } from '../core/messages';

export const READ_ERROR_MESSAGES = {
  'not-xlsx': '不是 Excel 工作簿（.xlsx）文件，无法打开。请确认文件类型，或在 Excel 中"另存为 .xlsx"后再检查。',
  xls: '这是旧版 Excel 97-2003 工作簿（.xls），本工具只读取 .xlsx。请在 Excel 中"另存为 Excel 工作簿（.xlsx）"后再检查。',
  encrypted:
    '工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再检查。',
  corrupt: '文件已损坏或不完整，无法作为 .xlsx 打开：{{detail}}。请重新从 Excel 保存或重新获取文件。',
  'too-large': '文件解压后超过 {{limit}}（{{detail}}），可能不是正常的自评表，为安全起见不予读取。',
  empty: '文件是空的（0 字节）。',
  'huge-merge':
    '工作表中有一个合并单元格覆盖了整列或极大的区域（{{detail}}），为安全起见不予读取。请在 Excel 中取消该合并后再检查。',
} as const;

export type ReadErrorCode = keyof typeof READ_ERROR_MESSAGES;

export class WorkbookReadError extends Error {
  readonly code: ReadErrorCode;

  constructor(code: ReadErrorCode, detail = '') {
    super(
      fillTemplate(READ_ERROR_MESSAGES[code], {
        detail,
        limit: `${Math.round(MAX_UNCOMPRESSED_BYTES / 1024 / 1024)} MB`,
      }),
    );
    this.name = 'WorkbookReadError';
    this.code = code;
  }
}

/** A real self-evaluation workbook is well under 10 MB unpacked; this leaves room for big attachments of data. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** No sheet the template needs has more rows than this; a used range claiming more is cut here. */
export const MAX_ROWS = 200_000;
export const MAX_COLS = 256;
/** A merged range of a form covers a title row or a column of names; one covering more cells is not filled in. */
export const MAX_MERGE_CELLS = 100_000;
