import { expect, it } from 'vitest';
import { BATCH_BYTES, takeBatch } from '../../../src/lib/take-batch';
import type { MjEvent } from '../../../src/types';

let n = 0;
const event = (extra: Partial<MjEvent> = {}) => ({ id: `id-${++n}`, type: 'track', ...extra }) as MjEvent;

it('takes at most 20 events', () => {
  expect(takeBatch(Array.from({ length: 45 }, () => event()))).toHaveLength(20);
});

it('takes at most 32 KB, but always one event', () => {
  const big = Array.from({ length: 5 }, () => event({ props: { blob: 'x'.repeat(10_000) } }));
  expect(takeBatch(big)).toHaveLength(3);
  expect(takeBatch([event({ props: { blob: 'x'.repeat(BATCH_BYTES * 2) } })])).toHaveLength(1);
});

it('measures UTF-8 bytes, not characters', () => {
  const hebrew = Array.from({ length: 5 }, () => event({ props: { text: 'ש'.repeat(5_000) } }));
  expect(takeBatch(hebrew)).toHaveLength(3); // 10 KB each in UTF-8
});
