// How an indicator's numbers are shown in messages: as percentages or with the unit of 计量单位.
import type { Indicator } from '../template/model';
import { foldText } from './texts';

/** Whether the indicator's values are percentages held as fractions (a typed "95%" or a % number format). */
export function indicatorPercent(indicator: Indicator): boolean {
  return indicator.target.percent === true || indicator.actual.percent === true;
}

/** The unit to append to a shown value: 计量单位 (or the unit typed with the value); '' for percentages. */
export function indicatorUnit(indicator: Indicator): string {
  if (indicatorPercent(indicator)) return '';
  const unit = foldText(indicator.unit?.value ?? indicator.actual.unit ?? indicator.target.unit ?? '');
  return unit === '百分比' ? '%' : unit;
}

/**
 * Whether a result text describes what was achieved rather than only grading it: it holds a figure ("培训12期"), or is
 * a phrase of some length ("全年未发生重大森林火灾和人员伤亡"); "较好", "有所提升", "达成预期指标" do not.
 */
export function describesResult(text: string | null | undefined): boolean {
  const t = foldText(text ?? '').replace(/[。.，,；;！!、]/g, '');
  if (t === '') return false;
  if (/\d/.test(t)) return true;
  const bare = t.replace(
    /(已|均已|全部|基本|部分|未|预期|年度|全年|指标|目标|任务|值|达成|完成|达到|实现|并具有一定效果|且效果较差)/g,
    '',
  );
  return bare.length >= 6;
}
