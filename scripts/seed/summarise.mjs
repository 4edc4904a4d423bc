// What the seed did, in numbers the report can be checked against: visitors and visits,
// checkouts completed, surveys shown, answered and dismissed, and the NPS of the answers given.

/** NPS of scores: % promoters (9–10) − % detractors (0–6), rounded as the report rounds it. */
export const npsOf = (scores) =>
  scores.length ? Math.round(((scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length) / scores.length) * 100) : null;

export function summarise(plans, results, ms) {
  const ok = results.filter((r) => r && !r.error);
  const failed = results.filter((r) => r?.error).map((r) => r.error);
  const sum = (key) => ok.reduce((n, r) => n + r[key], 0);
  const answers = ok.flatMap((r) => r.answers);
  const nps = answers.filter((a) => a.widget == 'nps-after-checkout').map((a) => a.score);
  const byChannel = {};
  for (const a of answers.filter((x) => x.widget == 'nps-after-checkout')) (byChannel[a.channel] ||= []).push(a.score);
  const summary = {
    visitors: ok.length,
    failed,
    visits: sum('visits'),
    checkouts: sum('checkouts'),
    shown: sum('shown'),
    answered: answers.length,
    dismissed: sum('dismissed'),
    events: sum('events'),
    completedVisitors: ok.filter((r) => r.checkouts > 0).length,
    nps: {
      n: nps.length,
      promoters: nps.filter((x) => x >= 9).length,
      detractors: nps.filter((x) => x <= 6).length,
      score: npsOf(nps),
      byChannel: Object.fromEntries(Object.entries(byChannel).map(([c, s]) => [c, { n: s.length, score: npsOf(s) }])),
    },
    seconds: Math.round(ms / 100) / 10,
  };
  const lines = [
    `${summary.visitors} visitors (${summary.visits} visits) in ${summary.seconds} s: ${summary.checkouts} checkouts completed; ${summary.events} events acknowledged by the collector`,
    `surveys: ${summary.shown} shown, ${summary.answered} answered, ${summary.dismissed} dismissed; NPS ${summary.nps.score ?? '–'} from ${summary.nps.n} answers`,
    ...Object.entries(summary.nps.byChannel).map(([c, f]) => `  NPS via ${c}: ${f.score} (n = ${f.n})`),
    ...failed.map((f) => `failed: ${f}`),
  ];
  return { ...summary, lines };
}
