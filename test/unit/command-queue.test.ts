import { expect, it, vi } from 'vitest';
import { createCommandQueue } from '../../src/command-queue';
import type { Hub } from '../../src/hub';
import type { PageContext, Source } from '../../src/types';

it("reads a call's arrival from that call's page, once, whatever the calls after it", () => {
  // Another site that is neither a search engine nor a social site: still a referral once read.
  const classified: Source = { source: 'blog.example.org', medium: 'referral' };
  const classify = vi.fn((_page: PageContext) => classified);
  const hub = { allowance: 2, referrer: '', report: vi.fn(), classify } as unknown as Hub;
  const seen: (Source | null)[] = [];
  // A command that records nothing leaves the arrival for the next call: it must not be read again from that call's page.
  const queue = createCommandQueue(hub, { quiet: () => void seen.push(hub.arrival), loud: () => void seen.push(hub.arrival) });
  history.replaceState(null, '', '/landing?q=1');
  queue.add('quiet')[4] = { source: '(direct)', medium: 'referral' };
  history.replaceState(null, '', '/next');
  queue.add('loud');
  queue.start();
  expect(classify).toHaveBeenCalledTimes(1);
  expect(classify.mock.calls[0]![0].path).toBe('/landing');
  expect(seen).toEqual([classified, classified]);
});

it('loads the kept-calls chunk only when an earlier page kept calls, and puts them first', async () => {
  const ran: string[] = [];
  const kept = ['track', ['kept'], 1, { url: 'https://x/', path: '/', title: '', referrer: '' }, { source: 'blog.example.org', medium: 'referral' }];
  const chunk = vi.fn(async () => ({ takeKeptCalls: () => [kept] }));
  const hub = { allowance: 2, referrer: '', report: vi.fn(), chunk } as unknown as Hub;
  const queue = createCommandQueue(hub, { track: (_now: number, name: string) => void ran.push(name) });
  queue.add('track', 'mine');
  expect(await queue.takeEarly()).toBe(false);
  expect(chunk).not.toHaveBeenCalled();
  localStorage.setItem('mj_early1', '[]');
  // One of the kept calls came from another site: its arrival is read from its page.
  expect(await queue.takeEarly()).toBe(true);
  expect(chunk).toHaveBeenCalledWith('kept-calls');
  queue.start();
  expect(ran).toEqual(['kept', 'mine']);
  localStorage.clear();
});
