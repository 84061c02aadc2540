// The words a form states a choice with, parsed once where the model is built: 自评等级 (优/良/中/差) and 是否完成.
// Every rule, fix and report sentence reads the parsed value, so a spelling means the same thing everywhere.
import { isMark } from '../text/marks';
import type { Field, Grade, Stated } from './model';

/**
 * Every spelling of a grade, by what it means. The bands are 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (spec README); forms
 * that grade 优秀/良好/合格/不合格 (or 及格) use the same four bands, so 合格 and 及格 are 中 and 不合格 is 差.
 * A trailing 等 ("优等") is dropped before the lookup.
 */
export const GRADE_SPELLINGS: Readonly<Record<string, Grade>> = {
  优: '优',
  优秀: '优',
  良: '良',
  良好: '良',
  中: '中',
  中等: '中',
  合格: '中',
  及格: '中',
  差: '差',
  较差: '差',
  不合格: '差',
};

/** The grade spellings as a regular-expression alternation, longest first (so 不合格 is not read as 合格). */
export const GRADE_WORDS_PATTERN = Object.keys(GRADE_SPELLINGS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A grade claim in free text ("自评等级为优秀", "等级：良"); group 1 is the grade as written. */
export function gradeClaims(): RegExp {
  return new RegExp(`(?:自评等级|评价等级|等级)(?:为|是|评定为|:)?["“]?(${GRADE_WORDS_PATTERN})`, 'g');
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
}

/** What a written grade means, or undefined when it is none of the accepted spellings. */
export function parseGrade(text: string): Grade | undefined {
  const t = fold(text);
  return GRADE_SPELLINGS[t] ?? GRADE_SPELLINGS[t.replace(/等$/, '')];
}

/** 是否完成 answers, by what they mean (compared upper-cased, without whitespace or a final full stop). */
export const COMPLETION_SPELLINGS: Readonly<Record<string, boolean>> = {
  是: true,
  完成: true,
  已完成: true,
  达到: true,
  已达到: true,
  达标: true,
  已达标: true,
  '√': true,
  '✓': true,
  Y: true,
  YES: true,
  否: false,
  未完成: false,
  没有完成: false,
  未达到: false,
  未达标: false,
  不是: false,
  '×': false,
  '✗': false,
  X: false,
  N: false,
  NO: false,
};

/** Whether a written 是否完成 says met (true) or not (false); undefined when it says neither. */
export function parseCompletion(text: string): boolean | undefined {
  return COMPLETION_SPELLINGS[
    fold(text)
      .replace(/[。.]+$/, '')
      .toUpperCase()
  ];
}

function stated<T>(field: Field<string>, parse: (text: string) => T | undefined): Stated<T> {
  const text = field.value ?? '';
  const { value: _text, ...rest } = field;
  if (field.value === null || field.value === '') return { ...rest, value: null, text };
  // A mark (—, /, 无) says the question does not apply: neither an answer nor a wrong spelling.
  if (isMark(text)) return { ...rest, value: null, text, problem: 'not-applicable' };
  const value = parse(text);
  return value === undefined ? { ...rest, value: null, text, problem: 'not-a-choice' } : { ...rest, value, text };
}

/** A 自评等级 cell read as text, as a grade. */
export function gradeField(field: Field<string>): Stated<Grade> {
  return stated(field, parseGrade);
}

/** A 是否完成 cell read as text, as met / not met. */
export function completionField(field: Field<string>): Stated<boolean> {
  return stated(field, parseCompletion);
}

/** Whether a grade is written (in any words) and does not mean `grade`: an unreadable grade differs from every grade. */
export function gradeDiffers(field: Stated<Grade> | undefined, grade: Grade): field is Stated<Grade> {
  return field !== undefined && field.text !== '' && field.value !== grade;
}
