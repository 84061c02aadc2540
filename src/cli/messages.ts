// Every Chinese text the CLI prints itself (findings carry their own messages).
export const CLI_MESSAGES = {
  usage: `用法：
  ziping check [--json] [--csv 文件] [--xlsx 文件] [--annotate 目录] [--force] [--jobs N] [--no-progress] 路径...
                                                                         检查 .xlsx 文件或文件夹（递归查找）
  ziping report 文件.xlsx [-o 输出.docx] [--format docx|txt] [--sources] [--force]   生成自评报告
  ziping template [-o 输出.xlsx] [--sample] [--force]                   输出空白参考模板或填好的样例
  ziping --help | --version
  ziping 命令 --help                                                     查看某个命令的说明和选项
`,
  commandHelp: {
    check: `用法：ziping check [选项] 路径...

检查一个或多个自评表（.xlsx 文件，或文件夹中的全部 .xlsx，含子文件夹），逐条列出问题。

选项：
  --json          以 JSON 输出（每个文件一个对象，供其他程序读取）
  --csv 文件      另存一份汇总表（CSV，Excel 可直接打开）
  --xlsx 文件     另存一份汇总工作簿（每个文件一行，按状态着色，链接到标注副本）
  --annotate 目录 为每个文件在该目录另存一份标注副本：问题单元格着色并加批注，首页“检查结果”列出全部问题；原文件不动
  --jobs N        同时检查的文件数（默认按处理器核数）
  --no-progress   不显示进度条
  --force         汇总表或标注副本已存在时覆盖（从不覆盖被检查的文件）
  -h, --help      显示本帮助

退出码：0 没有错误（可有警告），1 至少有一个错误，2 参数有误或程序出错。
`,
    report: `用法：ziping report 文件.xlsx [选项]

按自评表生成部门整体支出绩效自评报告（Word 或纯文本）；项目支出绩效自评表生成项目支出绩效自评情况，
一个工作簿有多个项目时每个项目一节。自评表中还有错误时，报告作为草稿生成
（页眉和首行标注“草稿”），同时列出要先修正的错误，退出码为 1。

选项：
  -o, --output 文件   输出文件（默认：与自评表同一文件夹，自评报告-单位-年度.docx，
                      项目表为 项目支出绩效自评情况-项目名称-年度.docx）
  --format 格式       docx（Word，默认）或 txt（纯文本）
  --sources           注明每个数字的来源单元格（Word 批注，并在文末附“数据来源”）
  --force             输出文件已存在时覆盖
  -h, --help          显示本帮助
`,
    template: `用法：ziping template [选项]

输出空白参考模板，或填好的样例工作簿。

选项：
  -o, --output 文件   输出文件（默认：当前文件夹）
  --sample            输出填好的样例（遂溪县应急管理局本级 2024 年度）
  --force             输出文件已存在时覆盖
  -h, --help          显示本帮助
`,
  } as Readonly<Record<string, string>>,
  unknownCommand: '未知命令"{{command}}"。',
  unknownOption: '参数有误：没有“{{option}}”这个选项。可用 ziping {{command}} --help 查看全部选项。',
  missingValue: '参数有误：选项“{{option}}”后面需要一个值。',
  unexpectedValue: '参数有误：选项“{{option}}”不需要值。',
  unexpectedArgument: '参数有误：多余的参数“{{value}}”。',
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
  projects: '本文件含 {{count}} 个项目，逐个检查：',
  project: '项目：{{name}}（工作表“{{sheet}}”第 {{row}} 行起）',
  severities: { error: '错误', warning: '警告', info: '提示' } as Readonly<Record<string, string>>,
  wholeFile: '（整个文件）',
  moreCells: '等{{count}}处',
  executionRate: '整体执行率：{{rate}}',
  counts: '{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示',
  summaryTitle: '汇总（{{files}} 个文件，{{failed}} 个有错误）',
  notRecognised: '未识别',
  family: '表式：{{name}}（把握 {{confidence}}%）',
  unscored: '得分：本表式不评分',
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

/** The one template filler (core/messages.ts), under the name the CLI uses. */
export { fillTemplate as fill } from '../core/messages';
