// The one entry point the edges call: Grids -> model -> recalculation -> findings, and a summary for reports.
import { computeWorkbook, type Computed } from './calc/compute-workbook';
import { totalKnown } from './calc/inline-score';
import { withSettings, type Grade, type Settings, type SettingsOverrides } from './calc/settings';
import { cellsOf, sortFindings, type Finding, type FixProposal } from './finding';
import type { CellRef, Grid } from './grid/grid';
import { CHECK_MESSAGES, PART_NAMES, fillTemplate } from './messages';
import { RULES } from './rules';
import type { ReportDescriptor, Rule } from './rule-kit/rule';
import type { AmountUnit, RecognisedFamily, Stated, WorkbookModel } from './template/model';
import { familyById } from './template/families';
import type { FamilyMatch } from './template/recognize-family';
import { recognizeWorkbook } from './template/recognize-workbook';

export type CheckOptions = {
  readonly settings?: SettingsOverrides;
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
};

export type CheckSummary = {
  readonly recognised: boolean;
  /** The form family recognised (its id, Chinese name and confidence 0–1); absent when no family is sure. */
  readonly family?: RecognisedFamily;
  readonly unit?: string;
  readonly year?: number;
  readonly amountUnit?: AmountUnit;
  readonly score: {
    readonly stated?: number;
    readonly recomputed?: number;
    readonly grade: { readonly stated?: string; readonly recomputed?: Grade };
  };
  readonly budget: { readonly planned?: number; readonly actual?: number; readonly executionRate?: number };
};

export type CheckResult = {
  readonly recognised: boolean;
  readonly model: WorkbookModel;
  readonly computed: Computed;
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  readonly settings: Settings;
};

export const TEMPLATE_NOT_RECOGNISED = 'template-not-recognised';
export const RULE_FAILED = 'rule-failure';

function makeFinding(
  rule: string,
  severity: Finding['severity'],
  refs: readonly CellRef[],
  message: string,
  data?: Record<string, unknown>,
  messageId?: string,
  fix?: readonly FixProposal[],
): Finding {
  const sheet = refs[0]?.sheet ?? '';
  return {
    rule,
    ...(messageId ? { messageId } : {}),
    severity,
    sheet,
    cells: cellsOf(sheet, refs),
    message,
    refs,
    ...(data ? { data } : {}),
    ...(fix && fix.length > 0 ? { fix } : {}),
  };
}

/** A written grade as the summary shows it: the grade it means (优秀 → 优), else the words as written. */
function gradeShown(field: Stated<Grade> | undefined): string | undefined {
  return field && field.text !== '' ? (field.value ?? field.text) : undefined;
}

function summarise(model: WorkbookModel, computed: Computed, recognised: boolean): CheckSummary {
  const data = model.data;
  const stated = model.score?.total?.score?.value ?? data?.statedScore?.value ?? undefined;
  const statedGrade = gradeShown(model.score?.grade) ?? gradeShown(data?.statedGrade);
  // Scores left blank are to fill, not zeros: no recomputed total (never "0 / 差") until they are.
  const recomputed = computed.score && totalKnown(computed.score) ? computed.score : undefined;
  return {
    recognised,
    ...(model.family ? { family: model.family } : {}),
    ...(data?.unit?.value || model.score?.unit?.value
      ? { unit: (data?.unit?.value ?? model.score?.unit?.value) as string }
      : {}),
    ...(data?.year?.value != null
      ? { year: data.year.value }
      : model.score?.year?.value != null
        ? { year: model.score.year.value }
        : {}),
    ...(data ? { amountUnit: data.amountUnit } : {}),
    score: {
      ...(stated !== undefined ? { stated } : {}),
      ...(recomputed ? { recomputed: recomputed.total } : {}),
      grade: {
        ...(statedGrade !== undefined ? { stated: statedGrade } : {}),
        ...(recomputed ? { recomputed: recomputed.grade } : {}),
      },
    },
    budget: {
      ...(computed.planned !== undefined ? { planned: computed.planned } : {}),
      ...(computed.actual !== undefined ? { actual: computed.actual } : {}),
      ...(computed.executionRate !== undefined ? { executionRate: computed.executionRate } : {}),
    },
  };
}

/** When no family is sure: which one the workbook comes closest to and the labels of it that were not found. */
function closestFamily(match: FamilyMatch): string {
  // An empty or unrelated workbook has no closest family worth naming.
  if (match.sure || match.confidence === 0) return '';
  return fillTemplate(CHECK_MESSAGES.closestFamily, {
    family: match.family.name,
    confidence: `${Math.round(match.confidence * 100)}%`,
    labels: match.missing.join('、'),
  });
}

export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  const settings = withSettings(options.settings);
  const { model, missing, family } = recognizeWorkbook(grids);
  const computed = computeWorkbook(model, settings);
  const firstSheet: CellRef = { sheet: grids[0]?.name ?? '', row: 0, col: 0 };
  const recognised = missing.length < 2;
  const findings: Finding[] = [];

  if (!recognised) {
    const labels = [...new Set(missing.flatMap((m) => m.labels))].join('、');
    const parts = missing.map((m) => PART_NAMES[m.part]).join('和');
    findings.push(
      makeFinding(
        TEMPLATE_NOT_RECOGNISED,
        'error',
        [firstSheet],
        fillTemplate(CHECK_MESSAGES.notRecognised, { parts, labels }) + closestFamily(family),
        { missing },
      ),
    );
    return { recognised, model, computed, findings, summary: summarise(model, computed, recognised), settings };
  }
  for (const part of missing) {
    findings.push(
      makeFinding(
        TEMPLATE_NOT_RECOGNISED,
        'error',
        [firstSheet],
        fillTemplate(CHECK_MESSAGES.partMissing, { part: PART_NAMES[part.part], labels: part.labels.join('、') }) +
          closestFamily(family),
        { missing: [part] },
      ),
    );
  }
  // Every part was read, yet no family is sure: the generic rules ran; say which family it came closest to.
  if (missing.length === 0 && !family.sure) {
    findings.push(
      makeFinding(
        TEMPLATE_NOT_RECOGNISED,
        'info',
        [firstSheet],
        fillTemplate(CHECK_MESSAGES.familyUnsure, {}) + closestFamily(family),
        {
          family: family.family.id,
          missingLabels: family.missing,
        },
      ),
    );
  }

  // A family's own scheme replaces the rules it names (the Chongqing 得分系数 replaces indicator-score).
  const rulesOff = new Set(model.family ? (familyById(model.family.id)?.rulesOff ?? []) : []);
  for (const rule of (options.rules ?? RULES).filter((r) => !rulesOff.has(r.meta.id))) {
    const context = {
      model,
      computed,
      settings,
      grids,
      report: (d: ReportDescriptor) => {
        const template = (rule.meta.messages as Record<string, string>)[d.messageId];
        // defineRule type-checks messageIds; a rule built without it must still fail loudly, not print an id.
        if (template === undefined) throw new Error(`unknown messageId "${d.messageId}"`);
        findings.push(
          makeFinding(
            rule.meta.id,
            d.severity ?? rule.meta.severity,
            d.cells,
            fillTemplate(template, d.data),
            d.data,
            d.messageId,
            d.fix,
          ),
        );
      },
    };
    try {
      rule.check(context);
    } catch (err) {
      // A rule bug must not hide every other finding; it is reported like one, so it is seen and fixed.
      const reason = err instanceof Error ? err.message : String(err);
      findings.push(
        makeFinding(
          RULE_FAILED,
          'error',
          [firstSheet],
          fillTemplate(CHECK_MESSAGES.ruleFailed, { rule: rule.meta.id, reason }),
        ),
      );
    }
  }
  return {
    recognised,
    model,
    computed,
    findings: sortFindings(findings, model.sheets),
    summary: summarise(model, computed, recognised),
    settings,
  };
}
