// Recognises 报告素材: the narrative material as label → text pairs.
import type { CellRef } from '../grid/grid';
import { MATERIAL_LABELS } from './labels';
import type { Field, Material, MaterialKey } from './model';
import type { SheetIndex } from './sheet-index';

export function countMaterialLabels(index: SheetIndex): number {
  return Object.values(MATERIAL_LABELS).filter((labels) => index.find(labels) !== undefined).length;
}

export function parseMaterial(index: SheetIndex): Material {
  const sheet = index.grid.name;
  const fields: Partial<Record<MaterialKey, Field<string>>> = {};
  const labels: Partial<Record<MaterialKey, CellRef>> = {};
  for (const [key, names] of Object.entries(MATERIAL_LABELS) as [MaterialKey, readonly string[]][]) {
    const hit = index.find(names);
    if (!hit) continue;
    labels[key] = { sheet, row: hit.pos.row, col: hit.pos.col };
    if (hit.inline) {
      fields[key] = { ...index.text(hit.pos), value: hit.inline };
      continue;
    }
    const at = index.valueRightOf(hit.pos) ?? index.slotRightOf(hit.pos);
    fields[key] = index.text(at);
  }
  return { sheet, fields, labels };
}
