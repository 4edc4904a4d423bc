import type { ReportFilters, Summary } from '../../api-types';
import { Section } from '../components/section';
import { Stat } from '../components/stat';
import { formatCount, formatInterval, formatNps, formatPercent, formatShare } from '../lib/format';
import { useView } from '../lib/use-view';
import { TrendCharts } from './trend-charts';

/** The headline: NPS, CSAT, response and dismiss rates, journeys, and their trend. */
export function Headline({ filters }: { filters: ReportFilters }) {
  const [state] = useView<Summary>('summary', filters);
  return (
    <Section id="headline" title="Headline" intro="How customers rate the experience, and how many journeys end well." state={state}>
      {(summary) => (
        <>
          <HeadlineStats summary={summary} />
          <TrendCharts trend={summary.trend} bucket={summary.bucket} />
        </>
      )}
    </Section>
  );
}

function HeadlineStats({ summary }: { summary: Summary }) {
  const { nps, csat, journeys } = summary;
  return (
    <dl class="stats">
      <Stat id="headline-nps" label="NPS" value={formatNps(nps.score)} muted={nps.small}>
        <span>
          n = {formatCount(nps.n)} · 95 % interval {formatInterval(nps.low, nps.high, formatNps)}
        </span>
        <span>
          {formatCount(nps.promoters)} promoters, {formatCount(nps.passives)} passives, {formatCount(nps.detractors)} detractors
        </span>
        <NotCounted partial={nps.partial} />
        {nps.small && <span class="caveat">Fewer than 30 answers: read with care.</span>}
      </Stat>
      <Stat id="headline-csat" label="CSAT" value={formatPercent(csat.score)} muted={csat.small}>
        <span>
          n = {formatCount(csat.n)} · 95 % interval {formatInterval(csat.low, csat.high, formatPercent)}
        </span>
        <NotCounted partial={csat.partial} />
        {csat.small && <span class="caveat">Fewer than 30 answers: read with care.</span>}
      </Stat>
      <Stat label="Response rate" value={formatShare(summary.responseRate)}>
        <span>
          {formatCount(summary.responses)} answers of {formatCount(summary.shown)} shown
        </span>
        {summary.partial > 0 && <span>of which {formatCount(summary.partial)} partial (chosen, not sent)</span>}
      </Stat>
      <Stat label="Dismiss rate" value={formatShare(summary.dismissRate)}>
        <span>
          {formatCount(summary.dismissed)} dismissed of {formatCount(summary.shown)} shown
        </span>
      </Stat>
      <Stat id="headline-journeys" label="Journeys started" value={formatCount(journeys.started)}>
        <span>
          {formatCount(journeys.completed)} completed ({formatShare(journeys.started ? journeys.completed / journeys.started : null)})
        </span>
        <span>
          {formatCount(journeys.abandoned)} abandoned ({formatShare(journeys.started ? journeys.abandoned / journeys.started : null)})
        </span>
      </Stat>
    </dl>
  );
}

/** Partial answers are kept out of NPS and CSAT (README, "The report"): said beside the figure, never left out silently. */
function NotCounted({ partial }: { partial: number }) {
  if (!partial) return null;
  return (
    <span>
      + {formatCount(partial)} partial {partial == 1 ? 'answer' : 'answers'}, not counted
    </span>
  );
}
