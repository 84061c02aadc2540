// ziping check names the recognised form family: a 表式 line in the human output, `family` in --json, a 表式 column in
// --csv (real corpus forms of two families, and the sample).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';

const FORMS = join(__dirname, '..', 'forms');
const CHONGQING = join(FORMS, 'chongqing-kxc-rongmeiti-2021', 'chongqing-kxc-rongmeiti-2021.xlsx');
const HUNAN = join(FORMS, 'hunan-lingling-jkzx-2021', 'hunan-lingling-jkzx-2021.xlsx');

describe('ziping check names the form family', () => {
  it('in the human output, above the unit line', async () => {
    const { stdout } = await runCli(['check', CHONGQING]);
    expect(stdout).toContain('表式：重庆市部门整体绩效自评表（把握 100%）\n  单位：—  年度：2021  金额单位：万元');
  });

  it('and says when the family is not scored, instead of a score line of dashes', async () => {
    const id = 'sichuan-langzhong-jtysj-chegoushui-2021';
    const { stdout } = await runCli(['check', join(FORMS, id, `${id}.xlsx`)]);
    expect(stdout).toContain('表式：绩效目标自评表（不评分）');
    expect(stdout).toContain('  得分：本表式不评分\n');
    expect(stdout).not.toContain('重算 —');
  });

  it('in --json, as id, name and confidence', async () => {
    const { stdout } = await runCli(['check', '--json', HUNAN, SAMPLE_PATH]);
    const reports = JSON.parse(stdout) as Array<{ family?: { id: string; name: string; confidence: number } }>;
    expect(reports.map((r) => r.family?.id)).toEqual(['hunan-department', 'reference']);
    expect(reports[0]?.family?.name).toBe('湖南省部门整体支出绩效自评表');
    expect(reports[1]?.family?.confidence).toBe(1);
  });

  it('in --csv, as the last column', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'ziping-family-')), '汇总.csv');
    await runCli(['check', '--csv', csv, CHONGQING, SAMPLE_PATH]);
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]?.split(',').at(-1)).toBe('表式');
    expect(rows.slice(1).map((r) => r.split(',').at(-1))).toEqual([
      '重庆市部门整体绩效自评表',
      '部门整体支出绩效自评表（参考模板）',
    ]);
  });
});
