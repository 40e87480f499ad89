import type { FlowEdge } from '../graph/flows.js';

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const KEYS: readonly [id: string, on: 'node' | 'edge', type: string][] = [
  ['name', 'node', 'string'], ['forms', 'edge', 'string'], ['victim_groups', 'edge', 'string'], ['reports', 'edge', 'int'],
  ['years', 'edge', 'string'], ['corroborated', 'edge', 'boolean'], ['corroboration', 'edge', 'string'],
  ['hedged_only', 'edge', 'boolean'], ['evidence', 'edge', 'string'],
];

/** The flow network as GraphML: countries/regions as nodes, one directed edge per origin → destination with its evidence. */
export function toGraphml(edges: readonly FlowEdge[], nameOf: (code: string) => string | undefined): string {
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const data = (k: string, v: string | number | boolean) => `<data key="${k}">${xmlEscape(String(v))}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="flows" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${xmlEscape(n)}">${data('name', nameOf(n) ?? n)}</node>`),
    ...edges.map((e, i) => `    <edge id="e${i}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}">` +
      data('forms', e.forms.join(' ')) + data('victim_groups', e.victimGroups.join('; ')) + data('reports', e.reportCount) +
      data('years', e.years.join(' ')) + data('corroborated', e.corroborated) + data('corroboration', e.corroboration.join(' ')) +
      data('hedged_only', e.hedgedOnly) + data('evidence', e.evidence.map((v) => `${v.documentId}:${v.start}-${v.end}`).join(' ')) + '</edge>'),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
