// ziping: the command-line edge. main(argv) -> exit code (0 clean, 1 error findings, 2 usage or internal failure).
import { processIo, UsageError, type CliIo } from './io';
import { CLI_MESSAGES, fill } from './messages';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded when it runs: `check` never pays for docx, `template` for neither docx nor exceljs. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  check: async () => (await import('./commands/check')).runCheck,
  report: async () => (await import('./commands/report')).runReport,
  template: async () => (await import('./commands/template')).runTemplate,
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(CLI_MESSAGES.usage);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('ziping 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`${fill(CLI_MESSAGES.unknownCommand, { command: name })}\n${CLI_MESSAGES.usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(CLI_MESSAGES.commandHelp[name] ?? CLI_MESSAGES.usage);
    return 0;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    io.stderr(`${fill(CLI_MESSAGES.internal, { detail: err instanceof Error ? err.message : String(err) })}\n`);
    return 2;
  }
}
