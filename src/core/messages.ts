// Chinese messages of the findings that come from the check itself rather than a rule, and the one template filler
// every layer uses (rules, fixes, report, task pane, CLI, annotated copies, write-back).

export type TemplateData = Readonly<Record<string, string | number>>;

/**
 * Fills each {{key}} (spaces allowed inside the braces) with `data[key]`. A key the data lacks stays visible as written,
 * so a missing value shows in the text (and fails a test that looks for "{{") instead of silently vanishing.
 */
export function fillTemplate(template: string, data: TemplateData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export const CHECK_MESSAGES = {
  notRecognised:
    '未能识别为部门整体支出绩效自评表：没有找到{{parts}}。已查找的标签：{{labels}}。请确认打开的是财政局下发的自评模板，或在加载项中插入参考模板。',
  partMissing: '未找到{{part}}（已查找的标签：{{labels}}），这部分的检查没有进行。请补上该表或检查标签是否被改动。',
  ruleFailed:
    '检查规则 {{rule}} 运行出错（{{reason}}），该项检查未完成；其他检查结果不受影响。请把此工作簿反馈给开发人员。',
  familyUnsure: '未能确定表式，已按通用规则检查。',
  closestFamily: '最接近的表式是“{{family}}”（把握 {{confidence}}），但缺少它的标签：{{labels}}。',
} as const;

export const PART_NAMES = { data: '自评数据表', score: '自评评分表' } as const;
