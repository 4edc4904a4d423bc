// The reference collector, in memory: accepts native batches, de-duplicates on event id and
// answers what it holds. The full collector (SQLite, report) grows from this in a later issue.

/** Reads a request body as text (the SDK posts text/plain JSON). */
export function readBody(req, limit = 1024 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) reject(Object.assign(new Error('body too large'), { status: 413 }));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Checks the shape of a native batch; returns the problem, or null. */
export function checkBatch(batch) {
  if (!batch || typeof batch !== 'object' || !Array.isArray(batch.events)) return 'expected { "sent_at", "sdk", "events": [...] }';
  for (const [i, e] of batch.events.entries()) {
    for (const key of ['id', 'type', 'ts', 'anonymous_id', 'session_id', 'seq', 'page', 'channel', 'journey'])
      if (!(key in (e || {}))) return `events[${i}] has no "${key}"`;
  }
  return null;
}

/**
 * A collector: `handle(req, res)` takes POSTs of native batches and answers 200 with how many
 * events were new, and `GET ?mj_have=<ids>` with the ids it holds (`asked` counts those). `events` holds each event once, in arrival order; `received` counts every
 * delivery, so `received - events.length` is the number of duplicates the SDK sent.
 */
export function createCollector({ log = () => {} } = {}) {
  const byId = new Map();
  const state = { events: [], batches: [], received: 0, asked: 0 };

  async function handle(req, res) {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin || '*',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Max-Age': '600',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    // Which of these ids it holds: the SDK asks before sending again what an earlier page may have sent.
    const have = new URL(req.url || '/', 'http://localhost').searchParams.get('mj_have');
    if (req.method === 'GET' && have != null) {
      state.asked++;
      const held = have.split(',').filter((id) => byId.has(id));
      return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ have: held }));
    }
    if (req.method !== 'POST') return res.writeHead(405, { ...cors, Allow: 'GET, POST' }).end();
    let batch;
    try {
      batch = JSON.parse(await readBody(req));
    } catch (err) {
      return res
        .writeHead(err.status || 400, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: err.status ? err.message : 'body is not JSON' }));
    }
    const problem = checkBatch(batch);
    if (problem) return res.writeHead(400, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ error: problem }));
    let fresh = 0;
    for (const event of batch.events) {
      state.received++;
      if (byId.has(event.id)) continue;
      byId.set(event.id, event);
      state.events.push(event);
      fresh++;
    }
    state.batches.push({
      at: new Date().toISOString(),
      sent_at: batch.sent_at,
      events: batch.events.length,
      fresh,
      keepalive: req.headers['sec-fetch-mode'] === 'no-cors',
    });
    log(batch, fresh);
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ accepted: batch.events.length, new: fresh }));
  }

  return {
    handle,
    state,
    /** What a test or the example page reads back. */
    snapshot: () => ({
      events: state.events,
      batches: state.batches,
      received: state.received,
      duplicates: state.received - state.events.length,
      asked: state.asked,
    }),
    reset() {
      byId.clear();
      state.events = [];
      state.batches = [];
      state.received = 0;
      state.asked = 0;
    },
  };
}
