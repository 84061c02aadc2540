// Every Chinese text the CLI prints itself (findings carry their own messages).
export const CLI_MESSAGES = {
  usage: `用法：
  ziping check [--json] [--csv 文件] [--force] [--jobs N] [--no-progress] 路径...   检查 .xlsx 文件或文件夹（递归查找）
  ziping report 文件.xlsx [-o 输出.docx] [--format docx|txt] [--force]   生成自评报告
  ziping template [-o 输出.xlsx] [--sample] [--force]                   输出空白参考模板或填好的样例
  ziping --help | --version
`,
  unknownCommand: '未知命令"{{command}}"。',
  noPaths: '请指定要检查的 .xlsx 文件或文件夹，例如：ziping check 自评表.xlsx',
  pathMissing: '找不到"{{path}}"。请检查路径是否正确。',
  noXlsxInFolder: '文件夹"{{path}}"中没有 .xlsx 文件。',
  badOption: '参数有误：{{detail}}',
  badJobs: '参数有误：--jobs 需要 1 到 {{max}} 之间的整数（同时检查的文件数），不能是"{{value}}"。',
  fileUnreadable: '无法读取文件：{{reason}}',
  fileTooBig: '文件大小为 {{size}} MB，超过 {{limit}} MB 上限，可能不是自评表。',
  csvIsInput: '汇总表文件"{{path}}"是要检查的工作簿之一，不能覆盖它。请用 --csv 指定另一个文件名（如 汇总.csv）。',
  outputExists: '"{{path}}"已存在，未覆盖。如需覆盖请加 --force，或用 -o 指定其他文件名。',
  written: '已写入 {{path}}',
  csvWritten: '汇总表已写入 {{path}}',
  internal: '内部错误：{{detail}}。请把出错的文件和这条信息反馈给开发人员。',
  noFindings: '未发现问题',
  counts: '{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示',
  summaryTitle: '汇总（{{files}} 个文件，{{failed}} 个有错误）',
  notRecognised: '未识别',
  annotatedName: '{{name}}（已标注{{n}}）.xlsx',
  annotateNotDir: '"{{path}}"是一个文件，不是文件夹。--annotate 需要一个存放标注副本的文件夹（不存在会自动创建）。',
  annotateIsInput: '标注副本"{{path}}"是要检查的工作簿之一，不能覆盖它。请用 --annotate 指定另一个文件夹。',
  outputExistsForce: '"{{path}}"已存在，未覆盖。如需覆盖请加 --force，或换一个输出位置。',
  annotateFailed: '无法为"{{file}}"生成标注副本：{{reason}}',
  annotateWritten: '已在 {{dir}} 写入 {{count}} 个标注副本',
  xlsxIsInput:
    '汇总工作簿"{{path}}"是要检查的工作簿或标注副本之一，不能覆盖它。请用 --xlsx 指定另一个文件名（如 汇总.xlsx）。',
  xlsxWritten: '汇总工作簿已写入 {{path}}',
} as const;

export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
