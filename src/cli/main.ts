#!/usr/bin/env node
import { COMMANDS } from './commands.js';
import { UsageError, type CommandIO } from './command.js';
import { printable } from '../text/printable.js';

const HELP = `tip-atlas: an evidence-linked atlas of human trafficking patterns from narrative reports

Usage: tip-atlas <command> [options]

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`).join('\n')}

Run 'tip-atlas <command> --help' for a command's options.
Exit status: 0 done, 1 an input or the store failed (named on stderr), 2 usage error (an unknown
command, option or country, a missing value, a store file that does not exist).`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`tip-atlas: unknown command '${name}'; expected one of: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tip-atlas ${error.command}: ${printable(error.message)}\n\n${command.usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`tip-atlas ${name}: ${printable(message)}\n`);
    if (io.env.TIP_ATLAS_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${(await import('node:fs')).realpathSync(process.argv[1])}`).href;
if (isEntry) {
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
  process.exitCode = code;
}
