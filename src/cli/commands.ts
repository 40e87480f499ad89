import type { Command } from './command.js';

/** Every sub-command, loaded on demand so that `tip-atlas facts` does not load the web server. */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  facts: { summary: 'print the facts of reports (the facts contract)', load: async () => (await import('./commands/facts.js')).factsCommand },
  eval: { summary: 'score extracted facts against gold facts (precision, recall, F1)', load: async () => (await import('./commands/eval.js')).evalCommand },
  text: { summary: 'print the text of a report exactly as read (what fact offsets index)', load: async () => (await import('./commands/text.js')).textCommand },
  ingest: { summary: 'read, extract and store reports in the knowledge base', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  documents: { summary: 'list the documents in the knowledge base', load: async () => (await import('./commands/documents.js')).documentsCommand },
  flows: { summary: 'origin → destination flows across reports, with corroboration', load: async () => (await import('./commands/flows.js')).flowsCommand },
  profile: { summary: 'one country across reports: roles, forms, victims, goods, perpetrators, places, statistics', load: async () => (await import('./commands/profile.js')).profileCommand },
  commodities: { summary: 'country × good × form with evidence (joins with the US DOL list of goods)', load: async () => (await import('./commands/commodities.js')).commoditiesCommand },
  diff: { summary: "facts that appear, disappear or persist between two years' reports", load: async () => (await import('./commands/diff.js')).diffCommand },
  search: { summary: 'claims whose evidence or values match a text, with facets', load: async () => (await import('./commands/search.js')).searchCommand },
  serve: { summary: 'serve the web app and the JSON API', load: async () => (await import('./commands/serve.js')).serveCommand },
  worker: { summary: 'run extraction jobs from the PostgreSQL queue until stopped (ingest --queue feeds it)', load: async () => (await import('./commands/worker.js')).workerCommand },
  jobs: { summary: 'the ingestion queue: queued, running, done, failed documents and their errors', load: async () => (await import('./commands/jobs.js')).jobsCommand },
  export: { summary: 'export claims and flows: csv, jsonl, geojson, graphml, htcds', load: async () => (await import('./commands/export.js')).exportCommand },
};
