// Layout of the reference workbook: sheet names, fixed rows, the cells other parts point at, number formats.

export type ReferenceKind = 'blank' | 'sample';

export const REFERENCE_SHEET_NAMES = { data: '自评数据表', score: '自评评分表', material: '报告素材' } as const;

// ---------------------------------------------------------------------------------------------------------------------
// Layout: fixed rows of the reference template (1-based, as in Excel). The parser never relies on these; they only
// describe this one instance of the layout (template.md).
// ---------------------------------------------------------------------------------------------------------------------

export const DATA_ROWS = {
  title: 1,
  unit: 2,
  year: 3,
  filedOn: 4,
  amountUnit: 5,
  firstStaff: 6,
  statedScore: 12,
  statedGrade: 13,
  budgetTitle: 15,
  budgetHeader: 16,
  firstBudget: 17,
  sangongHeader: 28,
  firstSangong: 29,
  goal: 36,
  achieved: 37,
  indicatorHeader: 39,
  firstIndicator: 40,
  note: 53,
} as const;

export const SCORE_ROWS = {
  title: 1,
  unit: 2,
  header: 3,
  subHeader: 4,
  firstIndicator: 5,
  total: 22,
  grade: 23,
} as const;

export const MATERIAL_ROWS = { title: 1, firstField: 2 } as const;

/** Addresses of the cells other parts of the product may want to point at (e.g. after inserting the template). */
export const REFERENCE_CELLS = {
  data: {
    unit: 'B2',
    year: 'B3',
    filedOn: 'B4',
    statedScore: 'B12',
    statedGrade: 'B13',
    budgetTotalRow: DATA_ROWS.firstBudget,
    sangongTotalRow: DATA_ROWS.firstSangong,
    firstIndicatorRow: DATA_ROWS.firstIndicator,
  },
  score: {
    unit: 'B2',
    totalWeight: 'B22',
    totalScore: 'J22',
    grade: 'B23',
    firstIndicatorRow: SCORE_ROWS.firstIndicator,
  },
} as const;

export const AMOUNT_FORMAT = '#,##0.00';
export const RATE_FORMAT = '0.00%';
export const INDICATOR_PERCENT_FORMAT = '0%';
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
export const FIXED_DATE = new Date(Date.UTC(2025, 6, 25));
