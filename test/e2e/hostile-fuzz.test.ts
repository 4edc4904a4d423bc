// The hostile-page suite, part 3: a seeded, shrinking command fuzzer (fast-check) over every
// command, called as a method, through the dispatcher, and queued in the stub before the SDK
// loads, with prototype names, cycles, BigInt, Symbols, throwing Proxies, functions and
// oversized strings. Each run: no uncaught error, the page answers, and an event tracked
// afterwards (consent granted) reaches the collector. FUZZ_SEED=<n> replays a run.
import fc from 'fast-check';
import type { Browser, Page } from '@playwright/test';
import { test, type TestServer } from './server';
import { buildFuzzValue, fuzzCall, type FuzzCall } from './hostile/fuzz-values';
import { expectStillWorks, pageErrors } from './hostile/still-works';

const seed = Number(process.env.FUZZ_SEED) || 20261123;
const runs = Number(process.env.FUZZ_RUNS) || 20;

let run = 0;

/**
 * Checks the property over fuzzed call lists: each list gets a browser context of its own (no
 * stored state, so a shrunk counterexample fails by itself), whose tab `act` drives; then the
 * tab must still work, with consent granted again (a fuzzed consent(false) is the visitor's right).
 */
async function fuzzTabs(browser: Browser, server: TestServer, seedOffset: number, act: (page: Page, calls: FuzzCall[]) => Promise<void>) {
  await fc.assert(
    fc.asyncProperty(fc.array(fuzzCall, { minLength: 1, maxLength: 8 }), async (calls: FuzzCall[]) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = pageErrors(page);
      try {
        await page.addInitScript(`window.buildFuzzValue = ${buildFuzzValue.toString()}`);
        await act(page, calls);
        await page.evaluate(() => (window as any).microjourney.consent(true));
        await expectStillWorks(page, server, errors, `after_fuzz_${++run}`, 10_000);
      } finally {
        await context.close();
      }
    }),
    { seed: seed + seedOffset, numRuns: runs, endOnFailure: false, interruptAfterTimeLimit: 480_000 },
  );
}

test('commands called after the SDK loaded, as methods and through the dispatcher', async ({ browser, server }) => {
  test.setTimeout(600_000);
  await fuzzTabs(browser, server, 0, async (page, calls) => {
    await page.goto(`${server.url}/tampered.html`);
    await page.evaluate((calls) => {
      const mj = (window as any).microjourney;
      const build = (window as any).buildFuzzValue;
      for (const { command, args, asMethod } of calls) {
        const values = args.map(build);
        // Only the SDK's own commands as methods: `microjourney.constructor(…)` is Function, not ours.
        if (asMethod && typeof mj[command] == 'function' && Object.hasOwn(mj, command)) mj[command](...values);
        else mj(command, ...values);
      }
    }, calls);
  });
});

test('calls queued in the stub before the SDK loaded, including init and prototype-named commands', async ({ browser, server }) => {
  test.setTimeout(600_000);
  await fuzzTabs(browser, server, 1, async (page, calls) => {
    await page.addInitScript((calls) => {
      const w = window as any;
      w.microjourney = function () {
        (w.microjourney.q = w.microjourney.q || []).push(arguments);
      };
      for (const { command, args } of calls) w.microjourney(command, ...args.map(w.buildFuzzValue));
    }, calls);
    await page.goto(`${server.url}/tampered.html`);
    await page.waitForFunction(() => (window as any).microjourney.loaded);
  });
});
