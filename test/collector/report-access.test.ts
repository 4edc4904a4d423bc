// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../collector/server';
import { nativeBatch, post, wireEvent } from './wire-events';

let c: RunningCollector;
beforeAll(async () => {
  c = await startCollector({ port: 0, dataDir: 'memory://', token: 's3cret' });
}, 30_000);
afterAll(() => c?.close());

it('keeps ingest open when the report has a token', async () => {
  expect((await post(`${c.url}/mj/collect`, nativeBatch([wireEvent()]))).status).toBe(200);
});

it('asks for the token on the page, its data and the inbox, and says how to give it', async () => {
  for (const path of ['/report', '/report/api/summary', '/report/api/export?kind=events']) {
    const res = await fetch(c.url + path);
    expect(res.status, path).toBe(401);
    expect((await res.json()).error).toMatch(/needs the token .*\/report\?token=/);
  }
  expect((await fetch(`${c.url}/report/api/inbox/x`, { method: 'POST', body: '{"status":"resolved"}' })).status).toBe(401);
  expect((await fetch(`${c.url}/report/api/summary`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
});

it('takes a bearer token, and trades ?token= for a cookie so it leaves the address bar', async () => {
  expect((await fetch(`${c.url}/report/api/summary`, { headers: { Authorization: 'Bearer s3cret' } })).status).toBe(200);
  const signIn = await fetch(`${c.url}/report?token=s3cret&channel=Email`, { redirect: 'manual' });
  expect(signIn.status).toBe(303);
  expect(signIn.headers.get('location')).toBe('/report?channel=Email');
  const cookie = signIn.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^mj_report=s3cret; Path=\/report; HttpOnly; SameSite=Strict/);
  const page = await fetch(`${c.url}/report?channel=Email`, { headers: { Cookie: cookie.split(';')[0] } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
});

it('serves the report without a token on loopback when none is set', async () => {
  const open = await startCollector({ port: 0, dataDir: 'memory://' });
  try {
    expect((await fetch(`${open.url}/report/api/health`)).status).toBe(200);
  } finally {
    await open.close();
  }
}, 30_000);

it('serves nothing outside dist/report, and a malformed escape is a 404, not a 500', async () => {
  const auth = { headers: { Authorization: 'Bearer s3cret' } };
  for (const path of ['/report/assets/..%2f..%2fpackage.json', '/report/assets/%2e%2e/collector/server.js', '/report/assets/%E0%A4%A']) {
    const res = await fetch(c.url + path, auth);
    expect(res.status, path).toBe(404);
  }
});
