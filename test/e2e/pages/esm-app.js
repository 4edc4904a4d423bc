// A site that bundles microjourney: the ESM build, imported as a module.
import { init } from '/fixture/mj/index.js';

const mj = init({ collector: { url: '/mj/collect' }, widgets: { 'nps-test': { type: 'nps' } } }, { base: '/fixture/mj/' });
mj.track('from_esm', { ok: true });
window.mj = mj;
