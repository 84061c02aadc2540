// qualitative-score: a 定性 indicator's 得分 lies outside the band of the level its result states (pmkpi selfqualscorecheck).
import { qualitativeBand, scoreInBand } from '../calc/scoring';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { quote } from '../rule-kit/texts';

export default defineRule({
  meta: {
    id: 'qualitative-score',
    name: '定性指标得分超出档次',
    severity: 'error',
    description: "A 定性 indicator's 得分 lies outside the band of its stated level (达成 / 部分达成 / 未达成).",
    messages: {
      met: '定性指标“{{name}}”的实际完成值“{{actual}}”属于“达成年度指标”，按{{system}}的档次，得分应在 {{low}}分至 {{high}}分之间，表中填写 {{stated}}分。请在这个范围内重新打分。',
      partial:
        '定性指标“{{name}}”的实际完成值“{{actual}}”属于“部分达成年度指标并具有一定效果”，按{{system}}的档次，得分应不低于 {{low}}分且低于 {{high}}分，表中填写 {{stated}}分。请在这个范围内重新打分。',
      unmet:
        '定性指标“{{name}}”的实际完成值“{{actual}}”属于“未达成年度指标且效果较差”，按{{system}}的档次，得分应低于 {{high}}分，表中填写 {{stated}}分。请在这个范围内重新打分。',
    },
  },
  check(context) {
    const { scoring } = context.settings;
    for (const calc of context.computed.indicators) {
      const { indicator, qualitativeLevel } = calc;
      const weight = indicator.weight?.value;
      const score = indicator.score;
      if (!qualitativeLevel || weight == null || weight <= 0 || !score || score.value === null) continue;
      const band = qualitativeBand(qualitativeLevel, weight, scoring);
      if (scoreInBand(score.value, band)) continue;
      context.report({
        messageId: qualitativeLevel,
        cells: [score.ref],
        data: {
          name: indicator.name.value ?? '',
          actual: quote(indicator.actualText, 30),
          system: scoring.name,
          low: formatScore(band.low),
          high: formatScore(band.high),
          stated: formatScore(score.value),
        },
      });
    }
  },
});
