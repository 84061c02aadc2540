// The direction an indicator's name implies when the form states none: a control or adjustment rate aims low.

/**
 * Names of indicators where less is better (控制率, 调整率, 结转结余率, 差错率, 投诉率, 事故…). A form whose 指标性质
 * says only 定量/定性 (the Chongqing form), and whose values carry no ≥/≤, is read by the name rather than as "≥".
 */
const LESS_IS_BETTER = /控制率|调整率|结余率|结转率|差错率|投诉率|事故|超支/;

export function lessIsBetter(name: string): boolean {
  return LESS_IS_BETTER.test(name);
}
