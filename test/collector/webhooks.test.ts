// @vitest-environment node
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startCollector } from '../../collector/server';
import { signPayload, verifySignature } from '../../collector/webhooks/sign-payload';
import { nativeBatch, npsAnswer, post, wireEvent } from './wire-events';

const SECRET = 'whsec_test';
const dir = mkdtempSync(join(tmpdir(), 'mj-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A webhook receiver on loopback that answers each delivery with the next status of `statuses` (then 200). */
async function receiver(statuses: number[], port = 0) {
  const got: { body: string; signature: string; delivery: string; status: number }[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const status = statuses.shift() ?? 200;
    got.push({ body, signature: String(req.headers['microjourney-signature']), delivery: String(req.headers['microjourney-delivery']), status });
    res.writeHead(status).end();
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, got, close: () => new Promise((ok) => server.close(ok)) };
}

const until = async (check: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((ok) => setTimeout(ok, 100));
  }
};

it('signs the scheme receivers know: t=<seconds>,v1=<HMAC-SHA256 of "t.body">, and a receiver can verify it', () => {
  const header = signPayload('secret', '{"a":1}', 1_700_000_000_000);
  // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
  expect(header).toBe('t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686');
  expect(verifySignature('secret', '{"a":1}', header, 300, 1_700_000_100_000)).toBe(true);
  expect(verifySignature('secret', '{"a":2}', header, 300, 1_700_000_100_000)).toBe(false);
  expect(verifySignature('other', '{"a":1}', header, 300, 1_700_000_100_000)).toBe(false);
  expect(verifySignature('secret', '{"a":1}', header, 300, 1_700_001_000_000)).toBe(false);
});

it('posts each new negative answer, signed, retries a failing receiver, and keeps the queue across a restart', async () => {
  const hook = await receiver([500, 503]);
  let c = await startCollector({ port: 0, dataDir: dir, webhook: hook.url, webhookSecret: SECRET });
  const detractor = npsAnswer(2, 'it broke');
  const promoter = npsAnswer(10, 'great');
  await post(`${c.url}/mj/collect`, nativeBatch([detractor, promoter, wireEvent()]));
  await post(`${c.url}/mj/collect`, nativeBatch([detractor]));
  await until(() => hook.got.some((g) => g.status == 200));
  expect(hook.got.map((g) => g.status)).toEqual([500, 503, 200]);
  for (const g of hook.got) {
    expect(verifySignature(SECRET, g.body, g.signature)).toBe(true);
    expect(JSON.parse(g.body)).toMatchObject({
      type: 'microjourney.response',
      negative: true,
      event_id: detractor.id,
      event: { response: { score: 2, comment: 'it broke' } },
    });
  }
  expect(new Set(hook.got.map((g) => g.delivery)).size).toBe(1);

  // The receiver goes away; an answer arrives; the collector restarts; the receiver comes back.
  await hook.close();
  const later = npsAnswer(0, 'never again');
  await post(`${c.url}/mj/collect`, nativeBatch([later]));
  await c.close();
  const back = await receiver([], Number(new URL(hook.url).port));
  c = await startCollector({ port: 0, dataDir: dir, webhook: back.url, webhookSecret: SECRET });
  await until(() => back.got.length > 0, 40_000);
  expect(JSON.parse(back.got[0].body).event_id).toBe(later.id);
  await c.close();
  await back.close();
}, 90_000);
