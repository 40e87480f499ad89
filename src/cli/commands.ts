import type { Command } from './command.js';

/** Every sub-command, loaded on demand so that `tip-atlas facts` does not load the web server. */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  facts: { summary: 'print the facts of reports (the facts contract)', load: async () => (await import('./commands/facts.js')).factsCommand },
};
