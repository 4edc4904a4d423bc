import { useState } from 'preact/hooks';
import type { Dimensions, ReportFilters } from '../../api-types';
import { Section } from '../components/section';
import { DIMENSIONS } from '../lib/labels';
import { useView } from '../lib/use-view';
import { DimensionCard, type Metric } from './dimension-card';

/** NPS and CSAT by each dimension: one chart and one table per dimension, one metric charted at a time. */
export function DimensionsSection({ filters }: { filters: ReportFilters }) {
  const [state] = useView<Dimensions>('dimensions', filters);
  const [metric, setMetric] = useState<Metric>('nps');
  const tools = (
    <label class="field field-inline">
      <span>Charts show</span>
      <select value={metric} onChange={(e) => setMetric(e.currentTarget.value as Metric)}>
        <option value="nps">NPS</option>
        <option value="csat">CSAT</option>
      </select>
    </label>
  );
  return (
    <Section
      id="dimensions"
      title="By dimension"
      intro="Where satisfaction differs: bars are the score, the pale band its 95 % interval, grey bars rest on fewer than 30 answers."
      state={state}
      tools={tools}
    >
      {(dimensions) => (
        <div class="card-grid">
          {DIMENSIONS.map(({ key, title }) => (
            <DimensionCard key={key} title={title} rows={dimensions[key]} metric={metric} />
          ))}
        </div>
      )}
    </Section>
  );
}
