import type { ChartConfiguration } from 'chart.js';
import type { DimensionRow } from '../../api-types';
import { ChartCanvas } from '../components/chart-canvas';
import { axis, legend, type ChartColors } from '../lib/chart-setup';
import { formatCount, formatInterval, formatNps, formatPercent } from '../lib/format';
import { labelKey } from '../lib/labels';

export type Metric = 'nps' | 'csat';

interface Props {
  title: string;
  rows: DimensionRow[];
  metric: Metric;
}

const METRIC_NAMES = { nps: 'NPS', csat: 'CSAT %' };

/** A horizontal bar per value, drawn over a pale floating bar spanning its 95 % interval. */
function intervalChart(rows: DimensionRow[], metric: Metric, colors: ChartColors): ChartConfiguration {
  const figures = rows.map((r) => r[metric]);
  const range = metric == 'nps' ? { min: -100, max: 100 } : { min: 0, max: 100 };
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => labelKey(r.key)),
      datasets: [
        {
          label: METRIC_NAMES[metric],
          data: figures.map((f) => f.score),
          backgroundColor: figures.map((f) => (f.small ? colors.series[3] : colors.series[0])),
          barPercentage: 0.45,
          grouped: false,
          order: 1,
        },
        {
          label: '95 % interval',
          data: figures.map((f) => (f.low == null || f.high == null ? null : [f.low, f.high])) as never,
          backgroundColor: colors.band,
          barPercentage: 0.9,
          grouped: false,
          order: 2,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: axis(colors, range), y: axis(colors, { grid: { display: false } }) },
      plugins: { legend: legend(colors) },
    },
  };
}

/** One dimension: its chart of the chosen metric, and both metrics in a table. */
export function DimensionCard({ title, rows, metric }: Props) {
  const headingId = `dimension-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {rows.length == 0 ? (
        <p class="notice">No answers.</p>
      ) : (
        <>
          <ChartCanvas
            label={`Bar chart of ${METRIC_NAMES[metric]} by ${title.toLowerCase()}, with 95 % intervals; the figures are in the table below.`}
            data={[rows, metric]}
            rows={rows.length}
            build={(c) => intervalChart(rows, metric, c)}
          />
          <DimensionTable title={title} rows={rows} />
        </>
      )}
    </article>
  );
}

function DimensionTable({ title, rows }: Omit<Props, 'metric'>) {
  const small = rows.some((r) => r.nps.small || r.csat.small);
  return (
    <div class="table-scroll">
      <table class="numeric">
        <caption class="visually-hidden">NPS and CSAT by {title.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">NPS</th>
            <th scope="col">95 % interval</th>
            <th scope="col">NPS n</th>
            <th scope="col">CSAT</th>
            <th scope="col">CSAT n</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? ''} class={r.nps.small ? 'row-small' : undefined}>
              <th scope="row">{labelKey(r.key)}</th>
              <td>
                {formatNps(r.nps.score)}
                {r.nps.small && r.nps.n > 0 && <span aria-hidden="true">*</span>}
              </td>
              <td>{formatInterval(r.nps.low, r.nps.high, formatNps)}</td>
              <td>{formatCount(r.nps.n)}</td>
              <td>
                {formatPercent(r.csat.score)}
                {r.csat.small && r.csat.n > 0 && <span aria-hidden="true">*</span>}
              </td>
              <td>{formatCount(r.csat.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {small && <p class="table-note">* Fewer than 30 answers: read with care.</p>}
    </div>
  );
}
