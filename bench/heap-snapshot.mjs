// Reads a V8 heap snapshot (the JSON Chromium's DevTools protocol streams) into the parts the
// page-load heap is made of: the scripts' own text, the code V8 compiled for each script, the
// browser's bindings for the web APIs touched, strings, and the rest. Used by `npm run bench:heap`.

/** Takes a heap snapshot of a page (`cdp`, its DevTools session) after a garbage collection; resolves to its parsed JSON and the used heap in bytes. */
export async function takeSnapshot(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let text = '';
  const onChunk = (e) => (text += e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return { snapshot: JSON.parse(text), used };
}

/** The snapshot's nodes and edges with named accessors (the format is flat arrays of numbers). */
function graphOf({ snapshot: { meta }, nodes, edges, strings }) {
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const firstEdge = new Uint32Array(nodes.length / nf.length);
  for (let i = 0, e = 0; i < nodes.length; i += nf.length) {
    firstEdge[i / nf.length] = e;
    e += nodes[i + nEdges] * ef.length;
  }
  return {
    step: nf.length,
    count: nodes.length,
    type: (n) => nodeTypes[nodes[n + nType]],
    name: (n) => strings[nodes[n + nName]],
    size: (n) => nodes[n + nSize],
    *edges(n) {
      const start = firstEdge[n / nf.length];
      for (let k = 0; k < nodes[n + nEdges]; k++) {
        const b = start + k * ef.length;
        const kind = edgeTypes[edges[b + eType]];
        yield { name: kind == 'element' || kind == 'hidden' ? edges[b + eName] : strings[edges[b + eName]], to: edges[b + eTo] };
      }
    },
  };
}

/** Parts that the JS heap figure (`JSHeapUsedSize`, bench:peers' metric) does not count: the browser's C++ heap, and script text V8 holds as external strings. */
export const OUTSIDE = 'outside the JS heap: ';
const SCRIPT_TEXT = /^(system \/ ExternalStringData|blink::ScriptResource|JSModuleScript)$/;
const API_BINDINGS = /^system \/ (FunctionTemplateInfo|ObjectTemplateInfo|FunctionTemplateRareData|AccessorPair|InterceptorInfo)$/;

/** The part of the heap a node belongs to, for nodes not counted as a script's code. */
function partOf(g, n) {
  const type = g.type(n);
  const name = g.name(n);
  if (type == 'native' && SCRIPT_TEXT.test(name)) return OUTSIDE + 'script text';
  if (API_BINDINGS.test(name)) return 'web API bindings';
  if (type == 'native' && !name.startsWith('system / ')) return OUTSIDE + "the browser's own objects";
  if (type.includes('string')) return 'strings';
  if (type == 'code') return 'code: feedback vectors and cells, of any script';
  return 'objects and the rest';
}

/** The script a function belongs to: its file name (a page's inline scripts have none). */
function scriptOf(g, sfi) {
  for (const edge of g.edges(sfi)) {
    if (edge.name != 'script') continue;
    for (const inner of g.edges(edge.to))
      if (inner.name == 'name' && g.type(inner.to).includes('string')) return g.name(inner.to).replace(/^.*\//, '') || 'inline';
    return 'inline';
  }
  return 'inline';
}

const isFunctionInfo = (g, n) => g.type(n) == 'code' && g.name(n).startsWith('system / SharedFunctionInfo');

/**
 * Bytes of the heap by part: `code: <script>` is each function's own code objects (its info,
 * bytecode, scope and feedback metadata, position tables), reached from its SharedFunctionInfo;
 * the other parts are classified node by node. Returns { part: bytes }.
 */
export function heapParts(snapshot) {
  const g = graphOf(snapshot);
  const parts = {};
  const counted = new Uint8Array(g.count / g.step);
  const add = (part, bytes) => (parts[part] = (parts[part] || 0) + bytes);
  for (let n = 0; n < g.count; n += g.step) {
    if (!isFunctionInfo(g, n)) continue;
    const part = `code: ${scriptOf(g, n)}`;
    const stack = [n];
    while (stack.length) {
      const x = stack.pop();
      if (counted[x / g.step]) continue;
      counted[x / g.step] = 1;
      add(part, g.size(x));
      for (const { to } of g.edges(x)) if (g.type(to) == 'code' && !isFunctionInfo(g, to) && !g.name(to).startsWith('system / Script')) stack.push(to);
    }
  }
  for (let n = 0; n < g.count; n += g.step) if (!counted[n / g.step]) add(partOf(g, n), g.size(n));
  return parts;
}
