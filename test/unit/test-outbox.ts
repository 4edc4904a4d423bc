import { vi } from 'vitest';
import * as chunk from '../../src/chunks/delivery';
import { createOutbox, type OutboxOptions } from '../../src/outbox';
import { createMemoryStore } from '../../src/store';

/** An outbox over a memory store, allowed to send to `/c`, loading the real delivery chunk; `options` replace any of that. */
export function testOutbox(options: Partial<OutboxOptions> = {}) {
  return createOutbox({
    store: Promise.resolve(createMemoryStore()),
    encode: (batch) => batch,
    report: vi.fn(),
    allowedCollector: () => ({ url: '/c' }),
    onFlush: () => {},
    onDrop: () => {},
    load: async () => chunk as never,
    mayPersist: () => true,
    ...options,
  });
}
