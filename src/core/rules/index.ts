// The rule registry: an explicit, sorted list. Adding a rule is one file, one line here, one test file.
import budgetRollup from './budget-rollup';
import budgetScore from './budget-score';
import cellError from './cell-error';
import executionRate from './execution-rate';
import executionRateBase from './execution-rate-base';
import filingDate from './filing-date';
import formulaRange from './formula-range';
import hardcodedTotal from './hardcoded-total';
import indicatorCoefficient from './indicator-coefficient';
import indicatorCompletion from './indicator-completion';
import indicatorDeviationReason from './indicator-deviation-reason';
import indicatorScore from './indicator-score';
import indicatorTargetSanity from './indicator-target-sanity';
import indicatorUnit from './indicator-unit';
import lowExecution from './low-execution';
import narrativeClaim from './narrative-claim';
import numberAsText from './number-as-text';
import overspend from './overspend';
import perfectScoreUnsupported from './perfect-score-unsupported';
import placeholderText from './placeholder-text';
import qualitativeScore from './qualitative-score';
import indicatorValueWords from './indicator-value-words';
import qualitativeValue from './qualitative-value';
import requiredField from './required-field';
import type { Rule } from '../rule-kit/rule';
import sangongControl from './sangong-control';
import satisfactionBasis from './satisfaction-basis';
import scoreDeductionReason from './score-deduction-reason';
import scoreGrade from './score-grade';
import scoreLinkedIndicator from './score-linked-indicator';
import scoreRange from './score-range';
import scoreReasonWithoutDeduction from './score-reason-without-deduction';
import scoreStatedElsewhere from './score-stated-elsewhere';
import scoreTotal from './score-total';
import scoreWeightRollup from './score-weight-rollup';
import textSum from './text-sum';
import unitMismatch from './unit-mismatch';
import unitNameMismatch from './unit-name-mismatch';
import yearMismatch from './year-mismatch';

export const RULES: readonly Rule[] = [
  budgetRollup,
  budgetScore,
  cellError,
  executionRate,
  executionRateBase,
  filingDate,
  formulaRange,
  hardcodedTotal,
  indicatorCoefficient,
  indicatorCompletion,
  indicatorDeviationReason,
  indicatorScore,
  indicatorTargetSanity,
  indicatorUnit,
  indicatorValueWords,
  lowExecution,
  narrativeClaim,
  numberAsText,
  overspend,
  perfectScoreUnsupported,
  placeholderText,
  qualitativeScore,
  qualitativeValue,
  requiredField,
  sangongControl,
  satisfactionBasis,
  scoreDeductionReason,
  scoreGrade,
  scoreLinkedIndicator,
  scoreRange,
  scoreReasonWithoutDeduction,
  scoreStatedElsewhere,
  scoreTotal,
  scoreWeightRollup,
  textSum,
  unitMismatch,
  unitNameMismatch,
  yearMismatch,
] as readonly Rule[];
