import { defineConfig } from 'vitest/config';

// Two projects: the SDK's unit tests run in happy-dom (with fake-indexeddb), the collector's in Node.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'happy-dom', setupFiles: ['test/unit/setup.ts'] } },
      { test: { name: 'collector', include: ['test/collector/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
    ],
  },
});
