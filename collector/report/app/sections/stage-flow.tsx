import type { ReportFilters, StageFlow as StageFlowView } from '../../api-types';
import { Section } from '../components/section';
import { formatCount } from '../lib/format';
import { useView } from '../lib/use-view';

/** The moves between stages as a from × to matrix; backward moves (to an earlier stage) are marked. */
export function StageFlow({ filters }: { filters: ReportFilters }) {
  const [state] = useView<StageFlowView>('stages', filters);
  return (
    <Section id="stages" title="Stage flow" intro="How visitors move between journey stages; a marked cell is a move back to an earlier stage." state={state}>
      {(flow) => (flow.moves.length == 0 ? <p class="notice">No moves between stages in this range.</p> : <StageMatrix flow={flow} />)}
    </Section>
  );
}

function StageMatrix({ flow }: { flow: StageFlowView }) {
  const moves = new Map(flow.moves.map((m) => [`${m.from}\u0000${m.to}`, m]));
  const max = Math.max(1, ...flow.moves.map((m) => m.n));
  const backward = flow.moves.filter((m) => m.backward).reduce((sum, m) => sum + m.n, 0);
  const total = flow.moves.reduce((sum, m) => sum + m.n, 0);
  return (
    <>
      <p class="inline-figures">
        <span>
          <strong>{formatCount(total)}</strong> moves
        </span>
        <span>
          <strong>{formatCount(backward)}</strong> backward{' '}
          <span class="backward-mark" aria-hidden="true">
            ↩
          </span>
        </span>
      </p>
      <div class="table-scroll">
        <table class="matrix numeric">
          <caption class="visually-hidden">Moves between stages: rows are the stage left, columns the stage entered</caption>
          <thead>
            <tr>
              <th scope="col">From ↓ / to →</th>
              {flow.stages.map((s) => (
                <th scope="col" key={s}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flow.stages.map((from) => (
              <tr key={from}>
                <th scope="row">{from}</th>
                {flow.stages.map((to) => {
                  const move = moves.get(`${from}\u0000${to}`);
                  if (!move || from == to)
                    return (
                      <td key={to} class="empty">
                        {from == to ? '' : '·'}
                      </td>
                    );
                  return <MatrixCell key={to} n={move.n} backward={move.backward} weight={move.n / max} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A cell shaded by its share of the largest move (a class per fifth: no style attributes under the CSP). */
function MatrixCell({ n, backward, weight }: { n: number; backward: boolean; weight: number }) {
  const level = Math.min(4, Math.floor(weight * 5));
  return (
    <td class={`heat-${level}${backward ? ' backward' : ''}`}>
      {formatCount(n)}
      {backward && (
        <>
          <span class="backward-mark" aria-hidden="true">
            {' '}
            ↩
          </span>
          <span class="visually-hidden"> (backward)</span>
        </>
      )}
    </td>
  );
}
