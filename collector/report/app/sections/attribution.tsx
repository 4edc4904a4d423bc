import { useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { Attribution as AttributionView, ReportFilters } from '../../api-types';
import { ChartCanvas } from '../components/chart-canvas';
import { Section } from '../components/section';
import { axis, legend, type ChartColors } from '../lib/chart-setup';
import { useView } from '../lib/use-view';
import { AttributionTable } from './attribution-table';

interface Props {
  filters: ReportFilters;
  journeys: string[];
}

function conversionsChart(rows: AttributionView['rows'], colors: ChartColors): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.channel),
      datasets: [
        { label: 'First touch', data: rows.map((r) => r.first.conversions), backgroundColor: colors.series[0] },
        { label: 'Last touch', data: rows.map((r) => r.last.conversions), backgroundColor: colors.series[1] },
      ],
    },
    options: {
      scales: { x: axis(colors), y: axis(colors, { beginAtZero: true, ticks: { color: colors.text, precision: 0 } }) },
      plugins: { legend: legend(colors) },
    },
  };
}

/** First- and last-touch attribution per channel group; conversions are completions of the picked journey. */
export function Attribution({ filters, journeys }: Props) {
  // The journey filter, when set, is the conversion; the picker overrides it for this section only.
  const [picked, setPicked] = useState('');
  const journey = picked || filters.journey;
  const [state] = useView<AttributionView>('attribution', { ...filters, journey });
  const shown = state.data?.journey ?? journey ?? '';
  const tools = (
    <label class="field field-inline">
      <span>Conversion: completing</span>
      <select value={shown} onChange={(e) => setPicked(e.currentTarget.value)}>
        {!journeys.includes(shown) && <option value={shown}>{shown || '(no journey)'}</option>}
        {journeys.map((j) => (
          <option key={j} value={j}>
            {j}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Section
      id="attribution"
      title="Attribution"
      intro="Which channels open journeys (first touch) and which close them (last touch)."
      state={state}
      tools={tools}
    >
      {(view) =>
        view.rows.length == 0 ? (
          <p class="notice">No sessions in this range.</p>
        ) : (
          <>
            <figure class="chart-figure">
              <figcaption>Conversions ({view.journey ?? 'no journey'} completed) by channel group</figcaption>
              <ChartCanvas
                label="Bar chart of conversions per channel group, first touch beside last touch; the figures are in the table below."
                data={view}
                build={(c) => conversionsChart(view.rows, c)}
              />
            </figure>
            <div class="card card-table">
              <AttributionTable rows={view.rows} />
            </div>
          </>
        )
      }
    </Section>
  );
}
