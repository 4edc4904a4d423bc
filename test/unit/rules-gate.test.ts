import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as triggersChunk from '../../src/chunks/triggers';
import type { Hub } from '../../src/hub';
import { readState, writeState } from '../../src/lib/local-state';
import { createRulesGate, triggersCanAct } from '../../src/rules-gate';
import type { Config, MjEvent } from '../../src/types';

let n = 0;
const event = (type: string, extra: Partial<MjEvent> = {}) =>
  ({ id: `e${++n}`, type, ts: new Date().toISOString(), page: { url: location.href, path: location.pathname }, ...extra }) as unknown as MjEvent;

/** The bench's config: an NPS on a custom event, a CSAT on help pages, an exit survey on checkout pages. */
const CONFIG: Config = {
  collector: { url: '/c' },
  widgets: {
    nps: { type: 'nps', trigger: { on: 'event', event: 'checkout_completed' } },
    csat: { type: 'csat', trigger: { on: 'scroll', depth: 0.75, url: '/help/*' } },
    exit: { type: 'exit', trigger: { on: 'exit-intent', url: '/checkout/*' } },
    manual: { type: 'nps', trigger: { on: 'manual' } },
  },
};

const at = (path: string) => history.replaceState(null, '', path);
/** The gate's test, on the core's stored visitor state. */
const canAct = (config: Config, e: MjEvent) => triggersCanAct(config, e, readState);

describe('triggersCanAct', () => {
  afterEach(() => at('/'));

  it('a page view acts only where a trigger URL (or the audience URL) matches', () => {
    at('/products/blue-mug');
    expect(canAct(CONFIG, event('page'))).toBe(false);
    at('/help/returns');
    expect(canAct(CONFIG, event('page'))).toBe(true);
    at('/checkout/pay');
    expect(canAct(CONFIG, event('page'))).toBe(true);
    const byAudience: Config = { widgets: { w: { type: 'nps', trigger: { on: 'dwell', after: '5s' }, audience: { url: '/help/*' } } } };
    expect(canAct(byAudience, event('page'))).toBe(false);
    at('/help/faq');
    expect(canAct(byAudience, event('page'))).toBe(true);
    const anywhere: Config = { widgets: { w: { type: 'nps', trigger: { on: 'idle', after: '5s' } } } };
    expect(canAct(anywhere, event('page'))).toBe(true);
  });

  it('a track() acts when a trigger waits for its name (or for any name); a widget event always', () => {
    at('/products/blue-mug');
    expect(canAct(CONFIG, event('track', { name: 'add_to_cart' }))).toBe(false);
    expect(canAct(CONFIG, event('track', { name: 'checkout_completed' }))).toBe(true);
    expect(canAct({ widgets: { w: { type: 'nps', trigger: { on: 'event' } } } }, event('track', { name: 'x' }))).toBe(true);
    expect(canAct(CONFIG, event('step', { name: 'checkout:cart' }))).toBe(false);
    const onStep: Config = { widgets: { w: { type: 'nps', trigger: { on: 'journey-complete', journey: 'checkout' } } } };
    expect(canAct(onStep, event('page'))).toBe(false);
    expect(canAct(onStep, event('step', { name: 'checkout:cart' }))).toBe(false);
    expect(canAct(onStep, event('journey_complete', { name: 'checkout' }))).toBe(true);
    expect(canAct(CONFIG, event('widget_shown', { widget: { id: 'manual', type: 'nps' } }))).toBe(true);
  });

  it('an exit intent waiting for a journey under way acts only while it is: from the step that starts it, or a page view during it', () => {
    const exitDuringCheckout: Config = {
      widgets: { exit: { type: 'exit', trigger: { on: 'exit-intent', journey: 'checkout', incomplete: true } } },
    };
    at('/products/blue-mug');
    writeState('journey', undefined);
    expect(canAct(exitDuringCheckout, event('page'))).toBe(false);
    expect(canAct(exitDuringCheckout, event('step', { name: 'browse:product' }))).toBe(false);
    // The journey's first step opened it (the core saves the journey before it records the step).
    writeState('journey', { sid: 's', seq: 1, stage: 'purchase', name: 'checkout', step: 'cart', open: { checkout: 1 } });
    expect(canAct(exitDuringCheckout, event('step', { name: 'checkout:cart' }))).toBe(true);
    expect(canAct(exitDuringCheckout, event('page'))).toBe(true);
    // Without `incomplete`, exit intent can fire on any page: every page view acts.
    writeState('journey', undefined);
    const exitAnywhere: Config = { widgets: { exit: { type: 'exit', trigger: { on: 'exit-intent', journey: 'checkout' } } } };
    expect(canAct(exitAnywhere, event('page'))).toBe(true);
  });
});

describe('the rules gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    at('/products/blue-mug');
    writeState('aid', '0190d5a0-0000-7000-8000-000000000001');
    writeState('session', { id: 's1', last: Date.now(), n: 1, pages: 1, source: { source: '(direct)', medium: '(none)' } });
  });
  afterEach(() => (vi.useRealTimers(), at('/')));

  /** A hub with the real triggers chunk (imported above, so it resolves at once), counting its loads. */
  function setup(config = CONFIG) {
    const shown: string[] = [];
    const loads: string[] = [];
    const hub = {
      config,
      report: vi.fn(),
      options: { load: async () => ({}) },
      chunk: async (name: string) => (loads.push(name), triggersChunk),
    } as unknown as Hub;
    hub.triggers = createRulesGate(hub, { read: readState, write: writeState }, (id) => void shown.push(id));
    return { hub, shown, loads };
  }

  it('loads nothing while no widget can show, then the triggers, which see the event that loaded them', async () => {
    const { hub, shown, loads } = setup();
    hub.triggers!.onEvent(event('page'));
    hub.triggers!.onEvent(event('track', { name: 'add_to_cart' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual([]);
    hub.triggers!.onEvent(event('track', { name: 'checkout_completed' }));
    hub.triggers!.onEvent(event('track', { name: 'later' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['triggers']);
    expect(shown).toEqual(['nps']);
    // The gate has handed over: the loaded rules explain every widget with their checks.
    expect(hub.triggers!.explain('nps')[0]!.checks.map((c) => c.check)).toContain('trigger.on');
  });

  it('explain() says the rules are not loaded yet, for every widget, and loads them', async () => {
    const { hub, loads } = setup();
    const why = hub.triggers!.explain();
    expect(why.map((w) => [w.widget, w.eligible, w.checks[0]!.check])).toEqual([
      ['nps', false, 'rules'],
      ['csat', false, 'rules'],
      ['exit', false, 'rules'],
      ['manual', false, 'rules'],
    ]);
    expect(hub.triggers!.explain('csat')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['triggers']);
    expect(hub.triggers!.explain('csat')[0]!.checks.find((c) => c.check == 'url')).toMatchObject({ ok: false, detail: 'page /products/blue-mug' });
  });

  it('a URL condition that cannot be tested is reported, never thrown, and loads the rules', async () => {
    const { hub, loads } = setup({ widgets: { w: { type: 'nps', trigger: { on: 'scroll', url: { regex: '(' } } } } });
    expect(() => hub.triggers!.onEvent(event('page'))).not.toThrow();
    expect(hub.report).toHaveBeenCalledWith('rules', 'a page event', expect.stringContaining('SyntaxError'));
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['triggers']);
  });

  it('loads the rules when another tab starts the journey an exit intent here waits for, not on its other changes', async () => {
    const { loads } = setup({ widgets: { exit: { type: 'exit', trigger: { on: 'exit-intent', journey: 'checkout', incomplete: true } } } });
    const anotherTabWrites = (journey: object) => {
      localStorage.setItem('mj_journey', JSON.stringify({ sid: 's1', seq: 1, stage: null, step: null, name: null, open: {}, ...journey }));
      dispatchEvent(new StorageEvent('storage', { key: 'mj_journey' }));
    };
    anotherTabWrites({ name: 'browse', step: 'product' });
    dispatchEvent(new StorageEvent('storage', { key: 'mj_session' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual([]);
    anotherTabWrites({ name: 'checkout', step: 'cart', open: { checkout: Date.now() } });
    anotherTabWrites({ name: 'checkout', step: 'shipping', open: { checkout: Date.now() } });
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['triggers']);
  });

  it('loads at once in debug mode, so every decision is printed', async () => {
    const { loads } = setup({ ...CONFIG, debug: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['triggers']);
  });
});
