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
