// A test widget chunk, laid over dist/widgets/ by the test server: proves that the core loads
// `widgets/<type>.js` with import() from beside its own script, and that a chunk can emit.
export function mount(ctx) {
  const host = document.createElement('microjourney-widget');
  host.dataset.widgetId = ctx.id;
  host.dataset.widgetType = ctx.type;
  const root = host.attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.textContent = `test chunk loaded from ${import.meta.url}`;
  root.append(p);
  document.body.append(host);
  ctx.emit('widget_shown');
}
