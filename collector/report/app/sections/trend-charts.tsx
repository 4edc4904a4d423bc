import type { ChartConfiguration } from 'chart.js';
import type { Summary, TrendPoint } from '../../api-types';
import { ChartCanvas } from '../components/chart-canvas';
import { axis, legend, type ChartColors } from '../lib/chart-setup';
import { formatCount, formatNps, formatPercent, formatShortDay } from '../lib/format';

interface Props {
  trend: TrendPoint[];
  bucket: Summary['bucket'];
}

const bucketLabel = (bucket: Summary['bucket'], day: string) => (bucket == 'week' ? `Week of ${formatShortDay(day)}` : formatShortDay(day));

function satisfactionChart(trend: TrendPoint[], bucket: Props['bucket'], colors: ChartColors): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: trend.map((p) => bucketLabel(bucket, p.bucket)),
      datasets: [
        {
          label: 'NPS',
          data: trend.map((p) => p.nps.score),
          borderColor: colors.series[0],
          backgroundColor: colors.series[0],
          yAxisID: 'nps',
          spanGaps: true,
          cubicInterpolationMode: 'monotone',
          pointRadius: 2,
        },
        {
          label: 'CSAT %',
          data: trend.map((p) => p.csat.score),
          borderColor: colors.series[1],
          backgroundColor: colors.series[1],
          yAxisID: 'csat',
          spanGaps: true,
          cubicInterpolationMode: 'monotone',
          pointRadius: 2,
          borderDash: [6, 4],
        },
      ],
    },
    options: {
      scales: {
        x: axis(colors),
        nps: axis(colors, {
          position: 'left',
          min: -100,
          max: 100,
          ticks: { color: colors.text, stepSize: 50 },
          title: { display: true, text: 'NPS', color: colors.text },
        }),
        csat: axis(colors, {
          position: 'right',
          min: 0,
          max: 100,
          ticks: { color: colors.text, stepSize: 25 },
          grid: { display: false },
          title: { display: true, text: 'CSAT %', color: colors.text },
        }),
      },
      plugins: { legend: legend(colors) },
    },
  };
}

function journeysChart(trend: TrendPoint[], bucket: Props['bucket'], colors: ChartColors): ChartConfiguration {
  const series = [
    { label: 'Started', key: 'started', color: colors.series[0] },
    { label: 'Completed', key: 'completed', color: colors.series[1] },
    { label: 'Abandoned', key: 'abandoned', color: colors.series[2] },
  ] as const;
  return {
    type: 'bar',
    data: {
      labels: trend.map((p) => bucketLabel(bucket, p.bucket)),
      datasets: series.map((s) => ({ label: s.label, data: trend.map((p) => p[s.key]), backgroundColor: s.color })),
    },
    options: {
      scales: { x: axis(colors), y: axis(colors, { beginAtZero: true, ticks: { color: colors.text, precision: 0 } }) },
      plugins: { legend: legend(colors) },
    },
  };
}

/** NPS and CSAT, and journeys, by day or week: two charts and the figures in a table beneath. */
export function TrendCharts({ trend, bucket }: Props) {
  const per = bucket == 'week' ? 'week' : 'day';
  if (!trend.length) return <p class="notice">No answers or journeys in this range.</p>;
  return (
    <div class="trend">
      <div class="chart-pair">
        <figure class="chart-figure">
          <figcaption>NPS and CSAT by {per}</figcaption>
          <ChartCanvas
            label={`Line chart of NPS and CSAT by ${per}; the figures are in the table below.`}
            data={trend}
            build={(c) => satisfactionChart(trend, bucket, c)}
          />
        </figure>
        <figure class="chart-figure">
          <figcaption>Journeys by {per}</figcaption>
          <ChartCanvas
            label={`Bar chart of journeys started, completed and abandoned by ${per}; the figures are in the table below.`}
            data={trend}
            build={(c) => journeysChart(trend, bucket, c)}
          />
        </figure>
      </div>
      <details class="figures">
        <summary>Trend figures by {per}</summary>
        <TrendTable trend={trend} bucket={bucket} />
      </details>
    </div>
  );
}

function TrendTable({ trend, bucket }: Props) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">Trend by {bucket}</caption>
        <thead>
          <tr>
            {[bucket == 'week' ? 'Week' : 'Day', 'NPS', 'NPS n', 'CSAT', 'CSAT n', 'Shown', 'Answers', 'Dismissed', 'Started', 'Completed', 'Abandoned'].map(
              (h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {trend.map((p) => (
            <tr key={p.bucket}>
              <th scope="row">{bucketLabel(bucket, p.bucket)}</th>
              {[
                formatNps(p.nps.score),
                formatCount(p.nps.n),
                formatPercent(p.csat.score),
                formatCount(p.csat.n),
                ...[p.shown, p.responses, p.dismissed, p.started, p.completed, p.abandoned].map(formatCount),
              ].map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
