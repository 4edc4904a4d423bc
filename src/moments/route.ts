/**
 * Calls `fn(previousUrl)` when a single-page app changes the path: `history.pushState`,
 * `replaceState` (wrapped, as every analytics SDK must: the History API fires no event) and
 * `popstate`. Changes of the query or the hash alone are not page views.
 */
export function onRouteChange(fn: (previousUrl: string) => void): void {
  let last = location.href;
  const check = () => {
    const previous = last;
    if (new URL(previous).pathname == location.pathname) return;
    last = location.href;
    // Routers set the title after the URL; read the page once they had a chance to.
    setTimeout(() => fn(previous));
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      check();
      return result;
    };
  }
  addEventListener('popstate', check);
}
