// ziping template: writes the blank reference template or the filled sample, never over an existing file.
import { copyFile, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCliArgs, type CliIo } from '../io';
import { CLI_MESSAGES, fill } from '../messages';

/** The repository's assets folder, from src/cli/commands (ts-jest) or dist/cli/commands (compiled). */
export const ASSETS_DIR = join(__dirname, '..', '..', '..', 'assets');

export const TEMPLATE_FILES = { blank: 'template-blank.xlsx', sample: 'sample-2024.xlsx' } as const;
const DEFAULT_NAMES = {
  blank: '部门整体支出绩效自评表-空白模板.xlsx',
  sample: '部门整体支出绩效自评表-样例2024.xlsx',
} as const;

export async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(
    {
      args,
      options: { output: { type: 'string', short: 'o' }, sample: { type: 'boolean' }, force: { type: 'boolean' } },
    },
    'template',
  );
  const kind = parsed.values.sample ? 'sample' : 'blank';
  const out = parsed.values.output ?? DEFAULT_NAMES[kind];
  try {
    await copyFile(join(ASSETS_DIR, TEMPLATE_FILES[kind]), out, parsed.values.force ? 0 : constants.COPYFILE_EXCL);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`${fill(CLI_MESSAGES.outputExists, { path: out })}\n`);
      return 2;
    }
    throw err;
  }
  io.stdout(`${fill(CLI_MESSAGES.written, { path: out })}\n`);
  return 0;
}
