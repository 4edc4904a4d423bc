// The example's "collector view": the latest events the collector stored, every two seconds.
const list = document.getElementById('received');
async function refresh() {
  try {
    const { events, stored, duplicates } = await (await fetch('/mj/events', { cache: 'no-store' })).json();
    const rows = events.slice(-12).reverse().map((e) => {
      const li = document.createElement('li');
      li.textContent = `${e.ts.slice(11, 19)}  ${e.type}${e.name ? ' ' + e.name : ''}  ${e.page.path}  stage: ${e.journey.stage ?? '–'}  source: ${e.channel.source.source}/${e.channel.source.medium}`;
      return li;
    });
    list.replaceChildren(...rows);
    document.getElementById('count').textContent = `${stored} events stored, ${duplicates} duplicates dropped; the report is at http://127.0.0.1:8787/report`;
  } catch {
    /* the server stopped; try again later */
  }
}
refresh();
setInterval(refresh, 2000);
document.getElementById('flush').addEventListener('click', () => window.microjourney.flush().then(refresh));
for (const button of document.querySelectorAll('[data-step]'))
  button.addEventListener('click', () => window.microjourney.step(button.dataset.step));
