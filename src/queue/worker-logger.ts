import { Logger } from 'graphile-worker';

/** graphile-worker's log lines: errors and warnings to `write` (default stderr), info and debug only when `verbose`. */
export function quietLogger(options: { readonly verbose?: boolean; readonly write?: (line: string) => void } = {}): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  return new Logger(() => (level, message) => {
    const name = String(level);
    if (options.verbose) write(`graphile-worker ${name}: ${message}\n`);
    else if (name === 'error' || name === 'warning') write(`graphile-worker ${name}: ${message.split('\n')[0]}\n`);
  });
}
