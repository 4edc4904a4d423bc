import type { ChartConfiguration } from 'chart.js';
import type { Funnel, ReportFilters } from '../../api-types';
import { ChartCanvas } from '../components/chart-canvas';
import { Section } from '../components/section';
import { axis, type ChartColors } from '../lib/chart-setup';
import { formatCount, formatShare } from '../lib/format';
import { useView } from '../lib/use-view';
import { FunnelTable } from './funnel-table';

function funnelChart(funnel: Funnel, colors: ChartColors): ChartConfiguration {
  const bars: [string, number][] = [
    ['Entered', funnel.entered],
    ...funnel.steps.map((s): [string, number] => [s.step, s.reached]),
    ['Completed', funnel.completed],
  ];
  return {
    type: 'bar',
    data: {
      labels: bars.map(([label]) => label),
      datasets: [
        {
          label: 'Visitors',
          data: bars.map(([, n]) => n),
          backgroundColor: bars.map((_, i) => (i == 0 || i == bars.length - 1 ? colors.series[1] : colors.series[0])),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: axis(colors, { beginAtZero: true, ticks: { color: colors.text, precision: 0 } }), y: axis(colors, { grid: { display: false } }) },
      plugins: { legend: { display: false } },
    },
  };
}

function FunnelCard({ funnel }: { funnel: Funnel }) {
  const id = `funnel-${funnel.journey.replace(/\W+/g, '-')}`;
  const share = (n: number) => formatShare(funnel.entered ? n / funnel.entered : null);
  return (
    <article class="card card-wide" aria-labelledby={id}>
      <h3 id={id}>{funnel.journey}</h3>
      <ul class="inline-figures">
        <li>
          <strong>{formatCount(funnel.entered)}</strong> entered
        </li>
        <li>
          <strong>{formatCount(funnel.completed)}</strong> completed ({share(funnel.completed)})
        </li>
        <li>
          <strong>{formatCount(funnel.abandoned)}</strong> abandoned ({share(funnel.abandoned)})
        </li>
        <li>
          <strong>{formatCount(funnel.inProgress)}</strong> in progress
        </li>
        <li class="muted">Step order from {funnel.order == 'config' ? 'the configuration' : 'the data'}</li>
      </ul>
      <ChartCanvas
        label={`Funnel of ${funnel.journey}: visitors who entered, reached each step, and completed; the figures are in the table below.`}
        data={funnel}
        rows={funnel.steps.length + 2}
        build={(c) => funnelChart(funnel, c)}
      />
      <FunnelTable funnel={funnel} />
    </article>
  );
}

/** One funnel per journey: entered → each step → completed, with drop-off, time between steps and exit reasons. */
export function Funnels({ filters }: { filters: ReportFilters }) {
  const [state] = useView<Funnel[]>('funnels', filters);
  return (
    <Section id="funnels" title="Funnels" intro="Where visitors leave each micro-journey, how long steps take, and why they say they left." state={state}>
      {(funnels) =>
        funnels.length == 0 ? (
          <p class="notice">No journeys in this range.</p>
        ) : (
          <div class="card-list">
            {funnels.map((f) => (
              <FunnelCard key={f.journey} funnel={f} />
            ))}
          </div>
        )
      }
    </Section>
  );
}
