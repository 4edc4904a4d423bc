import type { FilterOptions, ReportFilters } from '../../api-types';
import { defaultRange, MENU_FILTERS, type MenuFilter } from '../lib/filters';
import { FILTER_LABELS } from '../lib/labels';
import { ExportLinks } from './export-links';

interface Props {
  filters: ReportFilters;
  options: FilterOptions | null;
  onChange(filters: ReportFilters): void;
}

const OPTION_LISTS: Record<MenuFilter, keyof FilterOptions> = {
  journey: 'journeys',
  touchpoint: 'touchpoints',
  channel: 'channels',
  stage: 'stages',
  locale: 'locales',
  device: 'devices',
};

/** The values of one menu: the known ones, plus the URL's value if the data no longer has it. */
function menuValues(options: FilterOptions | null, key: MenuFilter, current: string | undefined): string[] {
  const known = (options?.[OPTION_LISTS[key]] as string[] | undefined) ?? [];
  return current && !known.includes(current) ? [current, ...known] : known;
}

/** The filters of every view: a date range and one menu per dimension; each change applies at once. */
export function FilterBar({ filters, options, onChange }: Props) {
  const set = (key: keyof ReportFilters, value: string) => {
    const next = { ...filters, [key]: value || undefined };
    if (key == 'from' || key == 'to') next[key] = value || defaultRange()[key];
    onChange(next);
  };
  const clear = () => onChange({ from: filters.from, to: filters.to });
  const active = MENU_FILTERS.some((key) => filters[key]);
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div class="filter-fields">
        <label class="field">
          <span>From</span>
          <input type="date" name="from" value={filters.from} max={filters.to} onChange={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" name="to" value={filters.to} min={filters.from} onChange={(e) => set('to', e.currentTarget.value)} />
        </label>
        {MENU_FILTERS.map((key) => (
          <label class="field" key={key}>
            <span>{FILTER_LABELS[key]}</span>
            <select name={key} value={filters[key] ?? ''} onChange={(e) => set(key, e.currentTarget.value)}>
              <option value="">All</option>
              {menuValues(options, key, filters[key]).map((value) => (
                <option value={value} key={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" class="button button-quiet" onClick={clear} disabled={!active}>
          Clear filters
        </button>
      </div>
      <ExportLinks filters={filters} />
    </form>
  );
}
