import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readState, writeState } from '../../src/lib/local-state';
import { describe as messageFor } from '../../src/messages';
import { createTriggerRules, deviceClass, sampleDraw } from '../../src/trigger-rules';
import type { Config, MjEvent } from '../../src/types';

const DAY = 864e5;
let n = 0;
const event = (type: string, extra: Partial<MjEvent> = {}) =>
  ({ id: `e${++n}`, type, ts: new Date().toISOString(), page: { path: location.pathname }, ...extra }) as unknown as MjEvent;

const VISITOR = '0190d5a0-0000-7000-8000-000000000001';

function setup(config: Config) {
  const shown: string[] = [];
  writeState('aid', VISITOR);
  writeState('session', { id: 's1', last: Date.now(), n: 1, pages: 1, source: { source: 'newsletter', medium: 'email' } });
  writeState('journey', { stage: 'purchase', name: 'checkout', step: 'confirmation', seq: 3, sid: 's1', open: {} });
  const rules = createTriggerRules(config, { read: readState, write: writeState, show: (id) => void shown.push(id), load: async () => ({}) as never }, vi.fn());
  /** What the core does when a widget shows: records widget_shown, which the rules see. */
  const showAndRecord = async (ev: MjEvent) => {
    rules.onEvent(ev);
    await vi.advanceTimersByTimeAsync(0);
    for (const id of shown.splice(0)) rules.onEvent(event('widget_shown', { widget: { id, type: 'nps' } }));
  };
  return { rules, shown, showAndRecord };
}

const nps = (rule: object = {}) => ({
  collector: { url: '/c' },
  widgets: { nps: { type: 'nps' as const, trigger: { on: 'step' as const, step: 'checkout:confirmation' }, ...rule } },
});

describe('trigger rules', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("a visitor forgotten during a widget's delay (reset) is checked as a new one, without an error", async () => {
    const report = vi.fn();
    const { shown } = setup(nps({ trigger: { on: 'step', step: 'checkout:confirmation', delay: '2s' } }));
    const rules = createTriggerRules(
      nps({ trigger: { on: 'step', step: 'checkout:confirmation', delay: '2s' } }),
      { read: readState, write: writeState, show: (id) => void shown.push(id), load: async () => ({}) as never },
      report,
    );
    rules.onEvent(event('step', { name: 'checkout:confirmation' }));
    writeState('session', undefined);
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).not.toHaveBeenCalled();
    expect(shown).toEqual(['nps']);
  });

  it('fire on their moment only', async () => {
    const { rules, shown } = setup(nps());
    rules.onEvent(event('step', { name: 'checkout:cart' }));
    rules.onEvent(event('track', { name: 'checkout:confirmation' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([]);
    rules.onEvent(event('step', { name: 'checkout:confirmation' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['nps']);
  });

  it('skip a moment their trigger does not name, and say why only when debugging', () => {
    setup(nps());
    const read = vi.fn(readState);
    const quiet = createTriggerRules(nps(), { read, write: writeState, show: () => {}, load: async () => ({}) as never }, vi.fn());
    // A burst of other steps costs no reads: the named step is not this one.
    quiet.onEvent(event('step', { name: 'checkout:cart' }));
    expect(read).not.toHaveBeenCalled();
    quiet.onEvent(event('step', { name: 'checkout:confirmation' }));
    expect(read).toHaveBeenCalled();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const debugging = createTriggerRules({ ...nps(), debug: true }, { read, write: writeState, show: () => {}, load: async () => ({}) as never }, vi.fn());
    debugging.onEvent(event('step', { name: 'checkout:cart' }));
    expect(debug).toHaveBeenCalledWith(
      'microjourney: nps: does not show on step',
      expect.objectContaining({ checks: expect.arrayContaining([{ check: 'trigger.step', ok: false, detail: 'checkout:cart' }]) }),
    );
    debug.mockRestore();
  });

  it('check the audience: stage, touchpoint, source, journey, nth visit, traits', async () => {
    const { rules, shown } = setup(
      nps({ audience: { stage: ['purchase'], channel: 'web', source: 'email', journey: 'checkout', nth: { visit: 2 }, traits: { plan: 'pro' } } }),
    );
    rules.onEvent(event('step', { name: 'checkout:confirmation' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([]);
    const [why] = rules.explain('nps');
    expect(why!.eligible).toBe(false);
    expect(why!.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail}`)).toEqual([
      'audience.nth.visit: visit 1',
      'audience.traits.plan: plan is undefined',
    ]);
    expect(why!.next).toBe('audience.nth.visit: visit 1; audience.traits.plan: plan is undefined');
  });

  it('wait after a response and after a dismissal, each its own number of days', async () => {
    const { rules, shown, showAndRecord } = setup(nps({ frequency: { afterResponseDays: 90, afterDismissDays: 14 } }));
    rules.onEvent(event('response', { widget: { id: 'nps', type: 'nps' } }));
    await showAndRecord(event('step', { name: 'checkout:confirmation' }));
    expect(rules.explain('nps')[0]!.checks.find((c) => c.check == 'frequency.afterResponseDays')).toMatchObject({
      ok: false,
      detail: 'answered 0.0 days ago; 90.0 days to wait',
    });
    vi.setSystemTime(Date.now() + 91 * DAY);
    expect(rules.explain('nps')[0]!.eligible).toBe(true);
    rules.onEvent(event('widget_dismissed', { widget: { id: 'nps', type: 'nps' } }));
    expect(rules.explain('nps')[0]!.eligible).toBe(false);
    vi.setSystemTime(Date.now() + 15 * DAY);
    expect(rules.explain('nps')[0]!.eligible).toBe(true);
    expect(shown).toEqual([]);
  });

  it('cap shows per session and in all, and keep a quiet period across widgets unless opted out', async () => {
    const config = {
      collector: { url: '/c' },
      throttle: { quietDays: 7 },
      widgets: {
        a: { type: 'nps' as const, trigger: { on: 'event' as const, event: 'go' }, frequency: { perSession: 1, maxShows: 2 } },
        b: { type: 'csat' as const, trigger: { on: 'event' as const, event: 'go' } },
        c: { type: 'csat' as const, trigger: { on: 'event' as const, event: 'go' }, frequency: { ignoreQuiet: true } },
      },
    };
    const { rules, showAndRecord } = setup(config);
    await showAndRecord(event('track', { name: 'go' }));
    const verdicts = Object.fromEntries(rules.explain().map((e) => [e.widget, e]));
    expect(verdicts.a!.checks.find((c) => c.check == 'frequency.perSession')).toMatchObject({ ok: false, detail: 'shown 1 of 1 times this session' });
    expect(verdicts.b!.checks.find((c) => c.check == 'throttle.quietDays')!.ok).toBe(false);
    expect(verdicts.c!.checks.some((c) => c.check == 'throttle.quietDays')).toBe(false);
  });

  it('sample with a stable draw per visitor and widget', () => {
    expect(sampleDraw('visitor-1', 'nps')).toBe(sampleDraw('visitor-1', 'nps'));
    expect(sampleDraw('visitor-1', 'nps')).not.toBe(sampleDraw('visitor-2', 'nps'));
    const draws = Array.from({ length: 2000 }, (_, i) => sampleDraw(`v${i}`, 'nps'));
    expect(draws.filter((d) => d < 0.25).length / 2000).toBeGreaterThan(0.2);
    expect(draws.filter((d) => d < 0.25).length / 2000).toBeLessThan(0.3);
    const { rules } = setup(nps({ audience: { sample: 0.25 } }));
    const check = rules.explain('nps')[0]!.checks.find((c) => c.check == 'audience.sample')!;
    expect(check.ok).toBe(sampleDraw(VISITOR, 'nps') < 0.25);
  });

  it('cancel a delayed widget whose URL no longer matches when the delay ends, and show it when it does', async () => {
    history.replaceState({}, '', '/checkout/done');
    const { rules, shown } = setup(nps({ trigger: { on: 'step', step: 'checkout:confirmation', delay: '2s', url: '/checkout/*' } }));
    rules.onEvent(event('step', { name: 'checkout:confirmation' }));
    await vi.advanceTimersByTimeAsync(1000);
    history.replaceState({}, '', '/elsewhere');
    rules.onEvent(event('page'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(shown).toEqual([]);
    history.replaceState({}, '', '/checkout/done');
    rules.onEvent(event('step', { name: 'checkout:confirmation' }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(shown).toEqual(['nps']);
  });

  it('explain a widget without a trigger, and one that is manual', () => {
    const { rules } = setup({ collector: { url: '/c' }, widgets: { plain: { type: 'nps' }, man: { type: 'csat', trigger: { on: 'manual' } } } });
    expect(rules.explain()).toEqual([
      { widget: 'plain', eligible: false, checks: [{ check: 'trigger', ok: false, detail: 'no trigger: shown only by show()' }], next: 'call show()' },
      { widget: 'man', eligible: false, checks: [{ check: 'trigger.on', ok: true, detail: 'shown only by show()' }], next: 'call show()' },
    ]);
  });

  it('classify devices by width', () => {
    expect([375, 800, 1280].map((w) => deviceClass(w))).toEqual(['mobile', 'tablet', 'desktop']);
  });
});

describe('a bug in the rules', () => {
  it('never reaches the page: it is reported (printed once, and emitted as an error event)', () => {
    const report = vi.fn();
    const rules = createTriggerRules(
      nps(),
      {
        read: () => {
          throw new Error('storage exploded');
        },
        write: () => {},
        show: () => {},
        load: async () => ({}) as never,
      },
      report,
    );
    expect(() => rules.onEvent(event('step', { name: 'checkout:confirmation' }))).not.toThrow();
    expect(report).toHaveBeenCalledWith('rules', 'a step event', 'Error: storage exploded');
    expect(messageFor('rules', ['a step event', 'Error: storage exploded'])).toMatch(
      /^microjourney: the widget rules failed on a step event \(Error: storage exploded\); the page is unaffected/,
    );
  });
});

describe('the detectors watch the pages a widget can show on', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('an audience URL bounds a vitals trigger without one: web-vitals loads only on those pages', () => {
    const config: Config = {
      widgets: { slow: { type: 'csat', trigger: { on: 'vitals', metric: 'LCP' }, audience: { url: '/products/*' } } },
    };
    const loadOn = (path: string) => {
      history.replaceState(null, '', path);
      const load = vi.fn(async () => ({ onLCP: () => {}, onINP: () => {}, onCLS: () => {} }) as never);
      createTriggerRules(config, { read: readState, write: writeState, show: () => {}, load }, vi.fn()).stop();
      return load.mock.calls.map(([chunk]) => chunk);
    };
    expect(loadOn('/help/returns')).toEqual([]);
    expect(loadOn('/products/blue-mug')).toEqual(['vitals']);
  });
});
