// score-reason-without-deduction: full marks, yet the 扣分原因 text speaks of a deduction or a shortfall.
import { scoresEqual } from '../calc/compare';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { reasonCell, scoreLeaves } from '../rule-kit/score-leaves';
import { foldText, quote } from '../rule-kit/texts';

/** Words that state a deduction or a shortfall, minus their negations ("未扣分", "无不足"). */
const SHORTFALL = /扣|未|不足|差/;
const NEGATED = /(不|未|无|没有)扣分?|未发现|无不足|没有不足|无差错|无偏差|无差距/g;

export default defineRule({
  meta: {
    id: 'score-reason-without-deduction',
    name: '满分却写了扣分原因',
    severity: 'warning',
    description: '得分 = 权重 but 扣分原因 states a deduction or a shortfall (扣, 未, 不足, 差).',
    messages: {
      fullMarks:
        '三级指标“{{name}}”得满分 {{score}} 分，但扣分原因写的是“{{reason}}”，说明存在扣分或不足。请核对：若确有问题应扣分，否则请删除或改写扣分原因。',
    },
  },
  check(context) {
    for (const leaf of scoreLeaves(context.model)) {
      const weight = leaf.weight?.value;
      const score = leaf.score?.value;
      const reason = leaf.reason?.value;
      if (weight == null || score == null || !reason || !scoresEqual(score, weight, context.settings)) continue;
      if (!SHORTFALL.test(foldText(reason).replace(NEGATED, ''))) continue;
      context.report({
        messageId: 'fullMarks',
        cells: [reasonCell(leaf)],
        data: { name: leaf.title, score: formatScore(score), reason: quote(reason) },
      });
    }
  },
});
