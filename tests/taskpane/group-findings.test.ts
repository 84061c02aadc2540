// The findings tree's grouping: sheet order kept, most severe problem kinds first, Chinese names, filter choices.
import type { Finding, Severity } from '../../src/core/finding';
import { findingKey, groupFindings, ruleChoices } from '../../src/taskpane/FindingList/group-findings';

function finding(sheet: string, rule: string, severity: Severity, cell: string): Finding {
  return { rule, severity, sheet, cells: [cell], message: `${rule} at ${cell}`, refs: [] };
}

const FINDINGS: Finding[] = [
  finding('自评数据表', 'number-as-text', 'warning', 'B7'),
  finding('自评数据表', 'execution-rate', 'error', 'F24'),
  finding('自评数据表', 'overspend', 'warning', 'E19'),
  finding('自评数据表', 'overspend', 'warning', 'E26'),
  finding('自评评分表', 'hardcoded-total', 'info', 'J22'),
  finding('自评评分表', 'score-total', 'error', 'J22'),
];

describe('groupFindings', () => {
  it('keeps the sheets in order and lists each sheet’s problem kinds errors first, then by their first cell', () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.sheet, g.count])).toEqual([
      ['自评数据表', 4],
      ['自评评分表', 2],
    ]);
    expect(groups[0]?.rules.map((r) => [r.name, r.severity, r.findings.map((f) => f.cells[0])])).toEqual([
      ['执行率计算错误', 'error', ['F24']],
      ['数字存为文本', 'warning', ['B7']],
      ['超预算支出未说明', 'warning', ['E19', 'E26']],
    ]);
    expect(groups[1]?.rules.map((r) => r.rule)).toEqual(['score-total', 'hardcoded-total']);
  });

  it('splits one rule reported at two severities into two groups, so a group’s colour is never wrong', () => {
    const groups = groupFindings([
      finding('自评数据表', 'overspend', 'warning', 'E19'),
      finding('自评数据表', 'overspend', 'error', 'E26'),
    ]);
    expect(groups[0]?.rules.map((r) => r.severity)).toEqual(['error', 'warning']);
  });

  it('keys findings by rule, cells and text, so a re-check keeps what was open and selected', () => {
    const again = FINDINGS.map((f) => ({ ...f }));
    expect(again.map(findingKey)).toEqual(FINDINGS.map(findingKey));
    expect(new Set(FINDINGS.map(findingKey)).size).toBe(FINDINGS.length);
  });
});

describe('ruleChoices', () => {
  it('offers each problem kind once, by its Chinese name and count, errors first, then in pinyin order', () => {
    expect(ruleChoices(FINDINGS)).toEqual([
      { id: 'score-total', name: '得分合计错误', count: 1 },
      { id: 'execution-rate', name: '执行率计算错误', count: 1 },
      { id: 'overspend', name: '超预算支出未说明', count: 2 },
      { id: 'number-as-text', name: '数字存为文本', count: 1 },
      { id: 'hardcoded-total', name: '合计为手填数字', count: 1 },
    ]);
  });
});
