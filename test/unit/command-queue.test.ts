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
