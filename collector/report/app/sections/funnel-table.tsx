import type { Funnel } from '../../api-types';
import { formatCount, formatDuration, formatShare } from '../lib/format';

/** A funnel's steps: visitors, drop-off to the next step, the median time to it, and exit reasons given there. */
export function FunnelTable({ funnel }: { funnel: Funnel }) {
  return (
    <div class="table-scroll">
      <table class="numeric">
        <caption class="visually-hidden">Steps of {funnel.journey}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Reached</th>
            <th scope="col">Of entered</th>
            <th scope="col">Drop-off</th>
            <th scope="col">Median time to next</th>
            <th scope="col" class="text">
              Exit reasons given here
            </th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((s) => (
            <tr key={s.step}>
              <th scope="row">{s.step}</th>
              <td>{formatCount(s.reached)}</td>
              <td>{formatShare(funnel.entered ? s.reached / funnel.entered : null)}</td>
              <td class={s.dropOff != null && s.dropOff >= 0.5 ? 'alarm' : undefined}>{formatShare(s.dropOff)}</td>
              <td>{formatDuration(s.medianSecondsToNext)}</td>
              <td class="text">
                {s.exitReasons.length == 0 ? (
                  '—'
                ) : (
                  <ul class="reasons">
                    {/* <bdi>: a Hebrew or Arabic reason must not reorder the counts around it. */}
                    {s.exitReasons.map((r) => (
                      <li key={r.reason}>
                        <bdi>{r.reason}</bdi> ({formatCount(r.n)})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
          <tr class="row-total">
            <th scope="row">Completed</th>
            <td>{formatCount(funnel.completed)}</td>
            <td>{formatShare(funnel.entered ? funnel.completed / funnel.entered : null)}</td>
            <td colSpan={3} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
