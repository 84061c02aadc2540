// Corrupt and hostile files through the reader and `ziping check`: a clear Chinese finding and exit 1, never a crash.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { WorkbookReadError, type ReadErrorCode } from '../../src/xlsx/read-errors';
import { runCli, type CliRun } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';
import { member, SHEET_OPEN, streamedMember, workbookMembers, writeZip, type ZipMember } from './zip-writer';

const FIXTURES = join(__dirname, '..', 'fixtures');
const MB = 1024 * 1024;
let dir: string;
const sample = readFileSync(SAMPLE_PATH);

/** A deterministic byte generator (xorshift), so a failing random file can be reproduced. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** An old .xls: a compound-file header and a directory naming the "Workbook" stream (no EncryptionInfo). */
function xlsBytes(): Buffer {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 24); // minor version
  bytes.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  bytes.writeUInt16LE(0xfffe, 28); // little-endian
  bytes.writeUInt16LE(9, 30);
  Buffer.from('Root Entry', 'utf16le').copy(bytes, 512);
  Buffer.from('Workbook', 'utf16le').copy(bytes, 512 + 128);
  return bytes;
}

/** Runs `ziping check --json` and samples the process's resident memory while it runs. */
async function checkMeasured(file: string): Promise<CliRun & { growthMb: number; ms: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = Date.now();
  try {
    const run = await runCli(['check', '--json', file]);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ...run, growthMb: (peak - before) / MB, ms: Date.now() - start };
  } finally {
    clearInterval(timer);
  }
}

function expectNoStackTrace(run: CliRun) {
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+/);
}

/** The one finding of an unreadable file, as the JSON contract shows it. */
function unreadableMessage(run: CliRun): string {
  expect(run.code).toBe(1);
  expectNoStackTrace(run);
  const [report] = JSON.parse(run.stdout) as Array<{
    recognised: boolean;
    findings: Array<{ rule: string; severity: string; cells: string[]; message: string }>;
  }>;
  expect(report?.recognised).toBe(false);
  expect(report?.findings).toHaveLength(1);
  expect(report?.findings[0]).toMatchObject({ rule: 'file-unreadable', severity: 'error', cells: [] });
  return report?.findings[0]?.message ?? '';
}

async function readError(bytes: Uint8Array): Promise<WorkbookReadError> {
  const error = await readWorkbookGrids(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

const file = (name: string) => join(dir, name);

let zeros: ZipMember;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ziping-hostile-'));
  writeFileSync(file('truncated.xlsx'), sample.subarray(0, Math.floor(sample.length / 2)));
  writeFileSync(file('random.xlsx'), randomBytes(64 * 1024, 7));
  writeFileSync(file('random-pk.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(4096, 11)]));
  writeFileSync(file('old.xlsx'), xlsBytes());
  writeFileSync(file('password.xlsx'), readFileSync(join(FIXTURES, 'password-protected.xlsx')));

  // 210 MB of zeros in one cell's text: deflated to a few hundred KB.
  const chunk = Buffer.alloc(MB, 0x30);
  zeros = await streamedMember(
    'xl/worksheets/sheet1.xml',
    `${SHEET_OPEN}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
    chunk,
    210,
    '</t></is></c></row></sheetData></worksheet>',
  );
  writeFileSync(file('bomb.xlsx'), writeZip(workbookMembers(zeros)));
  // The same member with a central directory (and local header) claiming it unpacks to 1 KB.
  writeFileSync(file('liar.xlsx'), writeZip(workbookMembers({ ...zeros, declaredSize: 1024 })));
  // A small sheet that claims to be larger than it is.
  const small = member(
    'xl/worksheets/sheet1.xml',
    `${SHEET_OPEN}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
  );
  writeFileSync(file('overstated.xlsx'), writeZip(workbookMembers({ ...small, declaredSize: small.size + 5000 })));
  // A merge over 26 million cells: exceljs would create every one of them.
  writeFileSync(
    file('huge-merge.xlsx'),
    writeZip(
      workbookMembers(
        member(
          'xl/worksheets/sheet1.xml',
          `${SHEET_OPEN}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:Z1000000"/></mergeCells></worksheet>`,
        ),
      ),
    ),
  );
  // A one-sheet workbook whose used range claims a million rows, with its one cell at row 1,000,000.
  writeFileSync(
    file('million-rows-alone.xlsx'),
    writeZip(
      workbookMembers(
        member(
          'xl/worksheets/sheet1.xml',
          `${SHEET_OPEN}<dimension ref="A1:Z1000000"/><sheetData><row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
        ),
      ),
    ),
  );

  // The sample plus a sheet whose used range claims a million rows.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sample as unknown as ExcelJS.Buffer);
  const extra = wb.addWorksheet('附注');
  extra.getCell('A1').value = '附注';
  extra.getCell('Z1000000').value = '最后一行';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet4 = zip.file('xl/worksheets/sheet4.xml');
  if (!sheet4) throw new Error('no sheet4');
  zip.file(
    'xl/worksheets/sheet4.xml',
    (await sheet4.async('string')).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1000000"/>'),
  );
  writeFileSync(file('million-rows.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  // The sample plus 197 more sheets: 200 in all.
  const many = new ExcelJS.Workbook();
  await many.xlsx.load(sample as unknown as ExcelJS.Buffer);
  for (let i = 4; i <= 200; i++) {
    const ws = many.addWorksheet(`附表${i}`);
    for (let r = 1; r <= 30; r++) ws.addRow(Array.from({ length: 10 }, (_, c) => (c === 0 ? `项目${r}` : r * c)));
  }
  await many.xlsx.writeFile(file('200-sheets.xlsx'));
}, 60_000);

describe('unreadable files: one clear Chinese finding, exit 1, no stack trace', () => {
  it.each<[string, ReadErrorCode, string]>([
    ['truncated.xlsx', 'corrupt', '损坏或不完整'],
    ['random.xlsx', 'not-xlsx', '不是 Excel 工作簿'],
    ['random-pk.xlsx', 'corrupt', '损坏或不完整'],
    ['old.xlsx', 'xls', 'Excel 97-2003'],
    ['password.xlsx', 'encrypted', '密码'],
    ['overstated.xlsx', 'corrupt', '声明的大小不符'],
    ['huge-merge.xlsx', 'huge-merge', '合并单元格'],
  ])('%s', async (name, code, text) => {
    const error = await readError(new Uint8Array(readFileSync(file(name))));
    expect(error.code).toBe(code);
    expect(unreadableMessage(await runCli(['check', '--json', file(name)]))).toContain(text);
  });

  it('refuses a zip bomb from its central directory, without inflating it', async () => {
    const bytes = readFileSync(file('bomb.xlsx'));
    expect(bytes.length).toBeLessThan(2 * MB);
    const run = await checkMeasured(file('bomb.xlsx'));
    expect(unreadableMessage(run)).toMatch(/超过 200 MB.*声明解压大小 210 MB/);
    expect(run.ms).toBeLessThan(1000);
    expect(run.growthMb).toBeLessThan(50);
  });

  it('refuses a zip bomb whose central directory lies about its size, inflating only past the lie', async () => {
    const run = await checkMeasured(file('liar.xlsx'));
    expect(unreadableMessage(run)).toContain('声明的大小不符');
    expect(run.ms).toBeLessThan(2000);
    expect(run.growthMb).toBeLessThan(50);
  });

  it('gives any mangled copy of the sample a typed read error or a workbook, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (flips) => {
          const bytes = new Uint8Array(sample);
          for (const [at, xor] of flips) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ xor;
          await readWorkbookGrids(bytes).catch((e: unknown) => expect(e).toBeInstanceOf(WorkbookReadError));
        },
      ),
      { numRuns: 40, seed: 1207 },
    );
  });
});

describe('readable but oversized workbooks: a clean run with bounded memory', () => {
  it('a lone sheet claiming a million rows is read (and simply not recognised)', async () => {
    const run = await checkMeasured(file('million-rows-alone.xlsx'));
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    const [report] = JSON.parse(run.stdout) as Array<{ findings: Array<{ rule: string }> }>;
    expect(report?.findings.map((f) => f.rule)).toEqual(['template-not-recognised']);
    expect(run.growthMb).toBeLessThan(300);
  });

  it.each(['million-rows.xlsx', '200-sheets.xlsx'])('%s: the sample inside still checks clean', async (name) => {
    const run = await checkMeasured(file(name));
    expectNoStackTrace(run);
    expect(run.stderr).toBe('');
    const [report] = JSON.parse(run.stdout) as Array<{
      recognised: boolean;
      unit: string;
      findings: Array<{ severity: string }>;
    }>;
    expect(report).toMatchObject({ recognised: true, unit: '遂溪县应急管理局本级' });
    expect(report?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.growthMb).toBeLessThan(300);
  });
});
