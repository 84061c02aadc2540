// unit-name-mismatch: the unit name differs between sheets or in the report text; a unit type (街道/乡/镇) contradicting the name.
import type { CellRef } from '../grid/grid';
import type { Field } from '../template/model';
import { defineRule } from '../rule-kit/rule';
import { foldText, placeOf, quote, userTexts } from '../rule-kit/texts';

const PLACEHOLDER = /^[(（]?(单位名称|部门名称|XX+|××+)[)）]?$/i;
/** How a report names its own unit: "现将2024年度{unit}整体支出…", "{unit}为正科级单位…". */
const SELF_NAMING: readonly RegExp[] = [
  /现将(?:\d{4})?年度?(.{2,40}?)(?:部门)?整体支出/,
  /^(.{4,30}?)(?:为|是)(?:[^，。]{0,8})(?:单位|机构|部门)/,
];
type UnitType = '街道' | '镇' | '乡';

function typeOfName(name: string): UnitType | undefined {
  if (/街道/.test(name)) return '街道';
  if (/镇(?!江)/.test(name)) return '镇';
  if (/乡/.test(name.replace(/乡村|城乡|乡镇/g, ''))) return '乡';
  return undefined;
}

function sameUnit(a: string, b: string): boolean {
  const x = foldText(a).replace(/[()（）]/g, '');
  const y = foldText(b).replace(/[()（）]/g, '');
  return x === y || x.startsWith(y) || y.startsWith(x);
}

export default defineRule({
  meta: {
    id: 'unit-name-mismatch',
    name: '单位名称不一致',
    severity: 'error',
    description:
      'The unit name differs between sheets (or in 报告素材 text); warning when text uses a unit type contradicting the name.',
    messages: {
      sheets:
        '{{where}}的单位名称为“{{other}}”，而自评数据表的单位名称为“{{unit}}”。同一套材料的单位名称必须一致：请核对（可能是从其他单位的材料复制而来）。',
      text: '报告素材“{{where}}”中写的单位是“{{other}}”，而自评数据表的单位名称为“{{unit}}”。请改为本单位名称（可能是从其他单位的材料复制而来）。',
      type: '报告素材“{{where}}”中出现了“{{phrase}}”，但单位名称“{{unit}}”是{{type}}。请核对是否照搬了其他单位的材料。',
    },
  },
  check(context) {
    const { model } = context;
    const unitField = model.data?.unit;
    const unit = unitField?.value;
    if (!unitField || !unit || PLACEHOLDER.test(foldText(unit))) return;
    const report = (messageId: 'sheets' | 'text', field: Field<string>, where: string, other: string) =>
      context.report({ messageId, cells: [field.ref, unitField.ref], data: { where, other, unit } });

    const scoreUnit = model.score?.unit;
    if (scoreUnit?.value && !PLACEHOLDER.test(foldText(scoreUnit.value)) && !sameUnit(scoreUnit.value, unit)) {
      report('sheets', scoreUnit, '自评评分表', scoreUnit.value);
    }

    const ownType = typeOfName(unit);
    for (const text of userTexts(model, ['material'])) {
      const t = foldText(text.text);
      let named: string | undefined;
      for (const re of SELF_NAMING) {
        const m = re.exec(t)?.[1];
        if (m && !/[(（]单位名称[)）]|本单位|我单位|我局|本局/.test(m)) {
          named = m;
          break;
        }
      }
      if (named && /[县市区镇乡]|局|中心|委员会|办公室|政府|街道/.test(named) && !sameUnit(named, unit)) {
        report('text', text.field, placeOf(text), quote(named, 30));
        continue;
      }
      if (!ownType) continue;
      const phrase = /(?:我|本)(街道|镇|乡)(?![村镇])/.exec(t);
      const said = phrase?.[1] as UnitType | undefined;
      if (phrase && said && said !== ownType) {
        const cells: CellRef[] = [text.field.ref, unitField.ref];
        context.report({
          messageId: 'type',
          severity: 'warning',
          cells,
          data: { where: placeOf(text), phrase: phrase[0], unit, type: ownType },
        });
      }
    }
  },
});
