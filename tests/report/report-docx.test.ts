// The .docx structure (GB/T 9704-2012 layout) and one LibreOffice render of page 1, measured and kept as a PNG.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { buildReportDocument } from '../../src/report/report-docx';
import { sampleReport } from './support';

const JSZip = require('jszip') as {
  loadAsync(
    data: Buffer,
  ): Promise<{ file(name: string): { async(kind: 'string'): Promise<string> } | null; files: Record<string, unknown> }>;
};

type Parts = { document: string; settings: string; footers: string[]; comments?: string };

async function packedParts(sourceComments = false): Promise<{ buffer: Buffer; parts: Parts }> {
  const { report } = await sampleReport();
  const buffer = await Packer.toBuffer(buildReportDocument(report, { sourceComments }));
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .sort()
      .map(read),
  );
  const comments = zip.file('word/comments.xml') ? await read('word/comments.xml') : undefined;
  return {
    buffer,
    parts: {
      document: await read('word/document.xml'),
      settings: await read('word/settings.xml'),
      footers,
      ...(comments ? { comments } : {}),
    },
  };
}

/** The w:p elements of the body holding `text`. */
function paragraphsWith(document: string, text: string): string[] {
  return (document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []).filter((p) => p.includes(text));
}

describe('buildReportDocument', () => {
  let parts: Parts;
  let buffer: Buffer;
  beforeAll(async () => {
    ({ parts, buffer } = await packedParts());
  });

  it('sets A4 and the GB/T 9704 margins in twips', () => {
    expect(parts.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar [^>]*\/>/.exec(parts.document)?.[0] ?? '';
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1588"');
    expect(margin).toContain('w:right="1474"');
  });

  it('writes the body in 仿宋_GB2312 三号 with exact 28 pt lines and a two-character indent', () => {
    const [p] = paragraphsWith(parts.document, '收入预算安排34474255.03元');
    expect(p).toBeDefined();
    expect(p).toContain('w:eastAsia="仿宋_GB2312"');
    expect(p).toContain('<w:sz w:val="32"/>');
    expect(p).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    expect(p).toMatch(/<w:ind [^>]*w:firstLine="640"/);
  });

  it('sets the title in 方正小标宋简体 二号, centred, and 附件6 in 黑体', () => {
    const [title] = paragraphsWith(parts.document, '部门整体支出绩效自评报告');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const [attachment] = paragraphsWith(parts.document, '附件6');
    expect(attachment).toContain('w:eastAsia="黑体"');
    expect(attachment).toContain('<w:sz w:val="32"/>');
  });

  it('sets 一级标题 in 黑体 and 二级标题 in 楷体_GB2312, with the outline text', () => {
    for (const heading of ['一、单位基本情况', '二、自评工作开展情况', '三、绩效自评情况', '四、其他自评情况']) {
      const [p] = paragraphsWith(parts.document, heading);
      expect(p).toContain('w:eastAsia="黑体"');
    }
    for (const heading of [
      '（一）单位机构设置、部门职能情况。',
      '（四）部门整体支出情况。',
      '（二）部门整体支出绩效指标分析。',
      '（五）改进措施',
    ]) {
      const [p] = paragraphsWith(parts.document, heading);
      expect(p).toContain('w:eastAsia="楷体_GB2312"');
    }
  });

  it('turns on even/odd footers, with “— PAGE —” in 宋体 四号 at the outside edge', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(parts.document).toMatch(/<w:footerReference w:type="default"/);
    expect(parts.document).toMatch(/<w:footerReference w:type="even"/);
    expect(parts.footers).toHaveLength(2);
    const alignments = parts.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort();
    expect(alignments).toEqual(['left', 'right']);
    for (const footer of parts.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/>— <\/w:t>.*PAGE.*> —<\/w:t>/s);
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
  });

  it('can attach the source cells as Word comments', async () => {
    const { parts: withComments } = await packedParts(true);
    expect(withComments.document).toContain('<w:commentRangeStart');
    expect(withComments.comments).toContain('来源：自评数据表!D17、自评数据表!E17');
  });

  const soffice = '/usr/bin/soffice';
  // Skipped only on a developer machine without LibreOffice; under CI a missing soffice fails the test.
  const maybe = existsSync(soffice) || process.env.CI === 'true' ? it : it.skip;
  maybe(
    'renders through LibreOffice on A4 with the left and top margins within 1 mm',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ziping-report-'));
      try {
        const docx = path.join(dir, 'report.docx');
        writeFileSync(docx, buffer);
        execFileSync(
          soffice,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
          { stdio: 'ignore', timeout: 120000 },
        );
        const pdf = path.join(dir, 'report.pdf');
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

        const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
        const words = [
          ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
        ].map((m) => ({
          xMin: Number(m[1]),
          yMax: Number(m[4]),
          text: m[5] ?? '',
        }));
        const pt = 72 / 25.4;
        const left = Math.min(...words.map((w) => w.xMin)) / pt;
        // With exact line spacing the first line's box is 28 pt high and its text sits on the box's bottom.
        const first = words.find((w) => w.text.startsWith('附件'));
        expect(first).toBeDefined();
        const top = ((first?.yMax ?? 0) - 28) / pt;
        expect(Math.abs(left - 28)).toBeLessThan(1);
        expect(Math.abs(top - 37)).toBeLessThan(1);

        const artifacts = path.resolve(__dirname, '..', '..', 'artifacts');
        mkdirSync(artifacts, { recursive: true });
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          pdf,
          path.join(artifacts, 'report-page1'),
        ]);
        expect(readFileSync(path.join(artifacts, 'report-page1.png')).subarray(1, 4).toString()).toBe('PNG');
        console.log(`report page 1: left margin ${left.toFixed(2)} mm, top margin ${top.toFixed(2)} mm`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180000,
  );
});
