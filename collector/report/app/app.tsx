import { useEffect, useState } from 'preact/hooks';
import type { FilterOptions, ReportFilters } from '../api-types';
import { FilterBar } from './components/filter-bar';
import { SectionNav } from './components/section-nav';
import { describeError } from './components/view-status';
import { defaultRange, readFilters, urlHasRange, writeFilters } from './lib/filters';
import { formatDay } from './lib/format';
import { useView } from './lib/use-view';
import { Attribution } from './sections/attribution';
import { Comments } from './sections/comments';
import { DimensionsSection } from './sections/dimensions';
import { Funnels } from './sections/funnels';
import { Health } from './sections/health';
import { Headline } from './sections/headline';
import { Inbox } from './sections/inbox';
import { StageFlow } from './sections/stage-flow';

/** The report page: the filters (kept in the URL), the section nav, then one section per view. */
export function App() {
  const [filters, setFilters] = useState(() => readFilters(location.search));
  const [options] = useView<FilterOptions>('options', { from: filters.from, to: filters.to });
  useEffect(() => writeFilters(filters), [filters]);
  useMoveRangeToData(options.data, filters, setFilters);
  const unauthorized = options.error && (options.error.status == 401 || options.error.status == 403);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to the report
      </a>
      <header class="page-head">
        <h1>Customer feedback report</h1>
        <p class="page-range">
          {formatDay(filters.from)} – {formatDay(filters.to)}
        </p>
      </header>
      <FilterBar filters={filters} options={options.data} onChange={setFilters} />
      <SectionNav />
      <main id="main" tabIndex={-1}>
        {unauthorized ? (
          <p class="notice notice-error" role="alert">
            {describeError('The report', options.error!)}
          </p>
        ) : (
          <Sections filters={filters} options={options.data} />
        )}
      </main>
    </>
  );
}

function Sections({ filters, options }: { filters: ReportFilters; options: FilterOptions | null }) {
  return (
    <>
      <Headline filters={filters} />
      <DimensionsSection filters={filters} />
      <Attribution filters={filters} journeys={options?.journeys ?? []} />
      <Funnels filters={filters} />
      <StageFlow filters={filters} />
      <Comments filters={filters} />
      <Inbox filters={filters} />
      <Health filters={filters} />
    </>
  );
}

/**
 * A first visit without dates in the URL shows the last 30 days; when the data ends earlier (a
 * demo dataset, a quiet collector), move the range to end on the last day with events instead of
 * showing an empty report.
 */
function useMoveRangeToData(options: FilterOptions | null, filters: ReportFilters, setFilters: (f: ReportFilters) => void) {
  const [checked, setChecked] = useState(() => urlHasRange(location.search));
  useEffect(() => {
    if (checked || !options) return;
    setChecked(true);
    if (options.lastDay && options.lastDay < filters.from) setFilters({ ...filters, ...defaultRange(options.lastDay) });
  }, [options, checked]);
}
