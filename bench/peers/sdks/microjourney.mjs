// microjourney in the benchmark: the script tag with a config of three widget rules (an NPS on a
// custom event, a CSAT on help pages, an exit survey on checkout pages), sent to a local sink.
const CONFIG = {
  collector: { url: '/sink/microjourney' },
  widgets: {
    'nps-bench': {
      type: 'nps',
      trigger: { on: 'event', event: 'checkout_completed' },
      text: { en: { question: 'How likely are you to recommend Harbor & Hearth to a friend?' } },
    },
    'csat-help': {
      type: 'csat',
      scale: 2,
      trigger: { on: 'scroll', depth: 0.75, url: '/help/*' },
      text: { en: { question: 'Did this article answer your question?' } },
    },
    'exit-checkout': {
      type: 'exit',
      trigger: { on: 'exit-intent', url: '/checkout/*' },
      text: { en: { question: 'What stopped you from finishing your order?' } },
    },
  },
};

export default {
  id: 'microjourney',
  name: 'microjourney',
  package: null,
  bytes: {
    // The core, the rules chunk (widget triggers) and the delivery chunk (with the store): what a page view of a
    // config with survey rules loads (README "Size").
    beforeSurvey: ['dist/microjourney.js', 'dist/rules.js', 'dist/delivery.js'],
    // The widget rules (loaded by the track() the NPS waits for: no rule can act on the product
    // page before), show.js, the NPS widget, Preact with the widget shell, and the English strings.
    firstSurvey: ['dist/triggers.js', 'dist/show.js', 'dist/widgets/nps.js', 'dist/widgets/shared.js', 'dist/widgets/locale-en.js'],
  },
  snippet: () => `<script>window.microjourney=window.microjourney||function(){(microjourney.q=microjourney.q||[]).push(arguments)};
window.benchTrack=function(name){microjourney('track',name)};benchTrack('bench_'+BENCH_RUN)</script>
<script async src="/sdk/mj/microjourney.js" data-config="/stub/microjourney.json"></script>`,
  /** The SDK has loaded and replaced its stub with the API. */
  ready: () => typeof window.microjourney === 'object' || typeof window.microjourney?.track === 'function',
  route(url) {
    if (url.pathname === '/sink/microjourney') return 'sink';
    if (url.pathname === '/stub/microjourney.json') return { body: JSON.stringify(CONFIG) };
    return null;
  },
  /** `GET ?mj_have=<ids>`: the ids of these the sink holds, as `microjourney serve` answers it (README "Wire format"). */
  question(url, received) {
    const asked = url.searchParams.get('mj_have');
    return asked == null ? null : JSON.stringify({ have: asked.split(',').filter((id) => received.some((e) => e.id === id)) });
  },
  // A custom event by its name; the SDK's own events (page, response…) by their type.
  decode: (body) => JSON.parse(body.toString()).events.map((e) => ({ id: e.id, name: e.name || e.type })),
  survey: {
    trigger: () => window.microjourney('track', 'checkout_completed'),
    visible: () => {
      const group = document.querySelector('microjourney-widget[data-widget-id="nps-bench"]')?.shadowRoot?.querySelector('[role=radiogroup]');
      return !!group && group.getBoundingClientRect().width > 0;
    },
    /** Chooses 9 and sends, through Playwright's real input. */
    async answer(page) {
      const widget = page.locator('microjourney-widget[data-widget-id="nps-bench"]');
      await widget.getByRole('radio', { name: '9' }).click();
      await widget.locator('.mj-send').click();
    },
    answered: (name) => name === 'response',
    /** Forgets that the survey was shown (its frequency state), for the warm run. */
    forget: () => Object.keys(localStorage).forEach((key) => key.startsWith('mj_w_') && localStorage.removeItem(key)),
  },
};
