// The report of a broken workbook rendered through LibreOffice with the fallback fonts only (no 仿宋_GB2312, 楷体_GB2312,
// 方正小标宋简体 installed), as a reader's PC without the 公文 faces shows it: faces kept apart, 草稿 on every page,
// justified lines holding long amounts without spread-out characters. The PNGs are kept in artifacts/ to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { checkWorkbook } from '../../src/core/check';
import { buildReport } from '../../src/report/build-report';
import { FONT_TABLE, buildReportDocument } from '../../src/report/report-docx';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

const SOFFICE = '/usr/bin/soffice';
const ROOT = path.resolve(__dirname, '..', '..');

/** What the fallback faces are on this machine: serif for 仿宋 / 宋体, sans for 黑体 / 楷体 (no Kai face here). */
const INSTALLED: Readonly<Record<string, string>> = {
  仿宋: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  楷体: 'Noto Sans CJK SC',
};

/**
 * fontconfig rules doing what Word does with the document's font table: each 公文 face missing on the PC is replaced
 * by its w:altName (LibreOffice reads no altName, so the rules come from FONT_TABLE itself).
 */
function fontsConf(): string {
  const rule = (from: string, to: string) =>
    `<match target="pattern"><test name="family"><string>${from}</string></test>` +
    `<edit name="family" mode="assign" binding="strong"><string>${to}</string></edit></match>`;
  const rules = FONT_TABLE.filter((f) => INSTALLED[f.altName] !== undefined).map((f) =>
    rule(f.name, INSTALLED[f.altName] ?? ''),
  );
  const direct = Object.entries(INSTALLED).map(([from, to]) => rule(from, to));
  return `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${[...rules, ...direct].join('')}</fontconfig>`;
}

const run = existsSync(SOFFICE) || process.env.CI === 'true' ? it : it.skip;

describe('the report rendered with the fallback fonts only', () => {
  run(
    'keeps body and headings in different faces, marks every page 草稿, and keeps justified lines even',
    async () => {
      const file = path.join(ROOT, 'tests', 'fixtures', 'invalid-all.xlsx');
      const report = buildReport(checkWorkbook(await readWorkbookGrids(new Uint8Array(readFileSync(file)))));
      const dir = mkdtempSync(path.join(tmpdir(), 'ziping-render-'));
      try {
        const docx = path.join(dir, 'draft.docx');
        writeFileSync(docx, await Packer.toBuffer(buildReportDocument(report)));
        writeFileSync(path.join(dir, 'fonts.conf'), fontsConf());
        execFileSync(
          SOFFICE,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
          { stdio: 'ignore', timeout: 150000, env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') } },
        );
        const pdf = path.join(dir, 'draft.pdf');

        // Body (仿宋 → serif) and headings (黑体 → sans) stay apart: the heading hierarchy does not flatten.
        const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
        expect(fonts).toMatch(/NotoSerifCJK/);
        expect(fonts).toMatch(/NotoSansCJK/);

        // 草稿 heads every page.
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
        expect(pages).toBeGreaterThan(3);
        for (let page = 1; page <= pages; page++) {
          const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
            encoding: 'utf8',
          });
          expect(text.trimStart().startsWith('草稿')).toBe(true);
        }

        // A full justified line holds about 28 characters of 三号 (digits count about half; 20 leaves room for the
        // proportional digits of the fallback faces): a line stretched across the measure with far fewer has its characters spread apart. The .docx lets Word break a long amount inside
        // (w:wordWrap 0, "允许西文在单词中间换行"); LibreOffice ignores that setting, so a line followed by one that
        // starts with an amount too long to fit is LibreOffice's case, not the document's, and is left out here.
        const layout = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
        const lines = [
          ...layout.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g),
        ]
          .map((m) => ({
            yMin: Number(m[2]),
            xMax: Number(m[3]),
            text: [...(m[4] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
          }))
          .filter((l) => l.text.length > 0 && l.yMin > 80);
        const textRight = 595.28 - (26 * 72) / 25.4;
        const units = (text: string) => [...text].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
        const full = lines.filter((l, i) => l.xMax > textRight - 6 && i + 1 < lines.length);
        expect(full.length).toBeGreaterThan(30);
        const sparse = full
          .filter((l) => units(l.text) < 20)
          .filter((l) => !/^[\d.,%]{6,}/.test(lines[lines.indexOf(l) + 1]?.text ?? ''))
          .map((l) => `${l.text} (${units(l.text)})`);
        expect(sparse).toEqual([]);

        const artifacts = path.join(ROOT, 'artifacts');
        mkdirSync(artifacts, { recursive: true });
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, path.join(artifacts, 'report-draft')]);
        expect(existsSync(path.join(artifacts, 'report-draft-1.png'))).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    200000,
  );
});
