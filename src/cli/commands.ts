import type { Command } from './command.js';

/** Every sub-command, loaded on demand so that `tip-atlas facts` does not load the web server. */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  facts: { summary: 'print the facts of reports (the facts contract)', load: async () => (await import('./commands/facts.js')).factsCommand },
  eval: { summary: 'score extracted facts against gold facts (precision, recall, F1)', load: async () => (await import('./commands/eval.js')).evalCommand },
  text: { summary: 'print the text of a report exactly as read (what fact offsets index)', load: async () => (await import('./commands/text.js')).textCommand },
  ingest: { summary: 'read, extract and store reports in the knowledge base', load: async () => (await import('./commands/ingest.js')).ingestCommand },
};
