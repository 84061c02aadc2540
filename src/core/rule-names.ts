// The Chinese name of every finding id: rules carry theirs in meta.name; the check's own findings are named here.
import { RULES } from './rules';

/** Findings that come from the check or the file loader rather than a rule. */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'template-not-recognised': '未识别的表格',
  'rule-failure': '检查规则出错',
  'file-unreadable': '文件无法打开',
};

const NAMES: ReadonlyMap<string, string> = new Map([
  ...RULES.map((rule) => [rule.meta.id, rule.meta.name] as const),
  ...Object.entries(OTHER_NAMES),
]);

/** The user-facing Chinese name of a finding id; the id itself when it is unknown (never blank). */
export function ruleName(id: string): string {
  return NAMES.get(id) ?? id;
}
