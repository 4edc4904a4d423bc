import type { Health as HealthView, ReportFilters } from '../../api-types';
import { Section } from '../components/section';
import { Stat } from '../components/stat';
import { formatCount, formatDateTime, formatDay, formatDuration, NONE } from '../lib/format';
import { useView } from '../lib/use-view';

/** What sent the events, in words: a synthetic load must not pass for real visitors. */
const SOURCE_NAMES: Record<string, string> = {
  microjourney: 'microjourney SDK (real browsers)',
  'microjourney-synthetic': 'npm run seed -- --synthetic (generated, no browser)',
};

/** What arrived and how: counts, delivery lag, and events by format, type and sender. */
export function Health({ filters }: { filters: ReportFilters }) {
  const [state] = useView<HealthView>('health', filters);
  return (
    <Section id="health" title="Data health" intro="Whether the figures above rest on complete data." state={state}>
      {(health) => (
        <>
          <dl class="stats stats-compact">
            <Stat label="Events received" value={formatCount(health.received)}>
              <span>
                {formatCount(health.stored)} stored in {formatCount(health.batches)} batches
              </span>
            </Stat>
            <Stat label="Duplicates dropped" value={formatCount(health.duplicates)} />
            <Stat label="Events rejected" value={formatCount(health.rejected)} />
            <Stat label="Dropped by the SDK" value={formatCount(health.sdkDropped.events)}>
              <span>
                {formatCount(health.sdkDropped.age)} too old, {formatCount(health.sdkDropped.cap)} over the store cap, {formatCount(health.sdkDropped.dead)}{' '}
                dead-lettered
              </span>
            </Stat>
            <Stat label="Delivery lag p50" value={formatDuration(health.lag.p50)}>
              <span>p95 {formatDuration(health.lag.p95)}</span>
            </Stat>
            <Stat label="First event" value={health.firstEvent ? formatDay(health.firstEvent.slice(0, 10)) : NONE}>
              <span>last {health.lastEvent ? formatDateTime(health.lastEvent) : NONE}</span>
            </Stat>
          </dl>
          <div class="card-grid">
            <CountTable caption="Events by format" head="Format" rows={health.formats.map((f) => [f.format, f.n])} />
            <CountTable caption="Where the data came from" head="Sent by" rows={health.sources.map((s) => [SOURCE_NAMES[s.sdk] ?? s.sdk, s.n])} />
            <CountTable caption="Events by type" head="Type" rows={health.types.map((t) => [t.type, t.n])} />
          </div>
        </>
      )}
    </Section>
  );
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: [string, number][] }) {
  return (
    <div class="card">
      <table class="numeric">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {rows.length == 0 && (
            <tr>
              <td colSpan={2}>None</td>
            </tr>
          )}
          {rows.map(([key, n]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{formatCount(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
