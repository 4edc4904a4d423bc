// A tiny router: pushState, then the title changes (as frameworks do, after the URL).
const go = (path, title) => {
  history.pushState({}, '', path);
  document.title = title;
};
document.getElementById('go-a').onclick = () => go('/app/a', 'Route A');
document.getElementById('go-b').onclick = () => go('/app/b', 'Route B');
document.getElementById('go-query').onclick = () => go(location.pathname + '?tab=2', document.title);
