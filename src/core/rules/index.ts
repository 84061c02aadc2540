// The rule registry: an explicit, sorted list. Adding a rule is one file, one line here, one test file.
import budgetRollup from './budget-rollup';
import cellError from './cell-error';
import executionRate from './execution-rate';
import numberAsText from './number-as-text';
import requiredField from './required-field';
import type { Rule } from './rule';
import scoreGrade from './score-grade';
import scoreTotal from './score-total';

export const RULES: readonly Rule[] = [budgetRollup, cellError, executionRate, numberAsText, requiredField, scoreGrade, scoreTotal] as readonly Rule[];
