import type { Attribution, TouchFigures } from '../../api-types';
import { formatCount, formatNps, formatShare } from '../lib/format';

const COLUMNS = ['Sessions', 'Contacts', 'Conversions', 'Rate', 'NPS'];

const touchCells = (t: TouchFigures, side: string) =>
  [
    formatCount(t.sessions),
    formatCount(t.contacts),
    formatCount(t.conversions),
    formatShare(t.rate),
    `${formatNps(t.nps.score)}${t.nps.n ? ` (n ${formatCount(t.nps.n)})` : ''}`,
  ].map((value, i) => (
    <td key={`${side}${i}`} class={i == 0 ? 'group-start' : undefined}>
      {value}
    </td>
  ));

/** Per channel group: first touch and last touch side by side, under two column groups. */
export function AttributionTable({ rows }: { rows: Attribution['rows'] }) {
  return (
    <div class="table-scroll">
      <table class="numeric">
        <caption class="visually-hidden">First-touch and last-touch figures per channel group</caption>
        <colgroup>
          <col />
          <col span={5} />
          <col span={5} />
        </colgroup>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={5} class="group-start">
              First touch
            </th>
            <th scope="colgroup" colSpan={5} class="group-start">
              Last touch
            </th>
          </tr>
          <tr>
            <th scope="col">Channel group</th>
            {['first', 'last'].flatMap((side) =>
              COLUMNS.map((c, i) => (
                <th scope="col" key={side + c} class={i == 0 ? 'group-start' : undefined}>
                  <span class="visually-hidden">{side == 'first' ? 'First touch' : 'Last touch'} </span>
                  {c}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.channel}>
              <th scope="row">{r.channel}</th>
              {touchCells(r.first, 'f')}
              {touchCells(r.last, 'l')}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
