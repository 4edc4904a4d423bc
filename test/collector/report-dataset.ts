/**
 * The report tests' fixed dataset (test/fixtures/report-dataset.json: 148 events of 14 visitors,
 * 2–11 March 2026), loaded through the path real events take (validateEvents → eventRow →
 * createEventWriter), and what the tests share. The figures are worked out by hand in
 * report-summary.test.ts, report-breakdowns.test.ts and report-answers.test.ts.
 *
 * The visitors (channel = the session's channel group; first/last = the touches it carries):
 *  v01 Email/Email, desktop en, u01: checkout cart→shipping→payment→confirmation, NPS 10 "Fast and
 *      easy checkout", CSAT 5/5; a week later (2nd session) NPS 9 "Still happy with delivery".
 *  v02 Paid Search (first Organic Search, last Paid Search), mobile he, ndjson: cart→shipping, exit
 *      "Shipping too expensive" at shipping; next day a Direct session: journey_abandon recorded,
 *      back to consideration (a backward move), NPS 3 "המשלוח יקר מדי".
 *  v03 Paid Search, desktop ar, u03: CSAT 👍, cart→shipping→payment, exit "other" (Arabic text) at
 *      payment; never completes nor records an abandon: abandonment inferred from time.
 *  v04 Paid Search (first Email), tablet he, segment, u04: full checkout, NPS 9 (Hebrew), CSAT 4/5.
 *  v05 Organic Search, desktop en: full checkout, NPS 8, CSAT 2/5 "Package arrived late".
 *  v06 Direct, mobile en: NPS 7, CSAT 👎 "Could not find my size", cart only, exit "Just browsing".
 *  v07 Email (first Organic Social), desktop en, u07: enters checkout at shipping, completes,
 *      NPS 6 "Delivery options were confusing", CSAT 1/5.
 *  v08 Paid Search, mobile en: CSAT 👍, cart→shipping on 11 March 11:30, exit "Shipping too
 *      expensive", an sdk_dropped event { age 2, cap 5, dead 1 }.
 *  v09 In store, mobile en, u09: CSAT 👍, NPS 10 "Staff in store were great", one dismissal.
 *  v10–v12 App, mobile: onboarding (not in the config: ordered from the data) — v10 u10 welcome→
 *      profile→preferences, completes, NPS 9; v11 welcome→profile, NPS 7, a dismissal; v12 (ar)
 *      welcome→preferences, completes, NPS 2 "التطبيق بطيء جداً".
 *  v13 Organic Social, desktop en: CSAT 👎, NPS 10 "100% would recommend".
 *  v14 Direct, desktop en: NPS 0 partial (then dismissed), a dismissal.
 */

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Database } from '../../collector/db/database.js';
import { eventRow } from '../../collector/ingest/event-row.js';
import { createEventWriter } from '../../collector/ingest/event-writer.js';
import { countIngest } from '../../collector/ingest/insert-events.js';
import { validateEvents } from '../../collector/ingest/validate-events.js';
import type { CsatFigure, NpsFigure, ReportFilters } from '../../collector/report/api-types.js';
import { VIEWS, type ReportContext } from '../../collector/report/queries/index.js';
import { backEnds } from './databases.js';

export interface Batch {
  visitor: string;
  device: string;
  locale: string;
  format: string;
  events: Record<string, any>[];
}
export const DATASET: { batches: Batch[] } = JSON.parse(readFileSync(new URL('../fixtures/report-dataset.json', import.meta.url), 'utf8'));

/** The site's config as the collector gets it: checkout's steps and a 2 h abandonAfter; onboarding is not named. */
export const CTX: ReportContext = {
  journeys: { checkout: { steps: ['cart', 'shipping', 'payment', 'confirmation'], abandonAfter: '2h' } },
  stages: [],
  now: new Date('2026-03-12T12:00:00Z'),
};
export const ALL: ReportFilters = { from: '2026-03-01', to: '2026-03-14' };

/** The id of a visitor's answer to a widget (the dataset's ids are `<visitor>-<seq>`). */
export function answerId(visitor: string, widget: string): string {
  const batch = DATASET.batches.find((b) => b.visitor == visitor)!;
  return batch.events.find((e) => e.type == 'response' && e.widget.id == widget)!.id;
}

export async function loadDataset(db: Database): Promise<void> {
  const writer = createEventWriter(db);
  // The SDK's native and Segment batches name it (sdk.name, context.library.name); ndjson lines cannot.
  const sdk = (b: Batch) => (b.format == 'ndjson' ? undefined : 'microjourney');
  const rowsOf = (b: Batch) => b.events.map((e) => eventRow(e, { device: b.device, locale: b.locale.toLowerCase(), format: b.format, sdk: sdk(b) }));
  for (const batch of DATASET.batches) {
    expect(validateEvents(batch.events)).toEqual([]);
    // One write per batch, awaited: each is its own commit, so the ingest counters see 14 batches.
    expect(await writer.write(rowsOf(batch))).toEqual({ stored: batch.events.length, duplicates: 0 });
  }
  // v14's batch again (the SDK retried): 7 duplicates, nothing stored.
  const v14 = DATASET.batches.find((b) => b.visitor == 'v14')!;
  expect(await writer.write(rowsOf(v14))).toEqual({ stored: 0, duplicates: 7 });
  // A batch with an invalid event is refused whole: counted as the ingest does, received and rejected.
  expect(validateEvents([{ ...v14.events[0], ts: 'yesterday' }])).not.toEqual([]);
  await countIngest(db, { received: 1, rejected: 1, batches: 1 });
  // Delivery lag, as received_at would be on arrival: 2 s for every event, 62 s for v08's last 8
  // (a phone that was offline). 148 events: lags sorted, positions 0–139 are 2 s, 140–147 are 62 s.
  await db.query(`update mj_events set received_at = ts + interval '2 seconds'`);
  await db.query(`update mj_events set received_at = ts + interval '62 seconds' where anonymous_id = 'anon-v08' and seq >= 3`);
}

/** Compares a figure, its floats to 3 decimals. */
export function expectFigure(actual: NpsFigure | CsatFigure, expected: Partial<NpsFigure & CsatFigure>): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as unknown as Record<string, unknown>)[key];
    if (typeof value == 'number' && !Number.isInteger(value)) expect(got, key).toBeCloseTo(value, 3);
    else expect(got, key).toEqual(value);
  }
}

/** A function that answers a view on the database `db()` returns: the filters default to ALL, the context to CTX. */
export function viewOn(db: () => Database) {
  return <K extends keyof typeof VIEWS>(name: K, filters: ReportFilters = ALL, query = '', ctx: ReportContext = CTX) =>
    VIEWS[name](db(), ctx, filters, new URLSearchParams(query)) as ReturnType<(typeof VIEWS)[K]>;
}

const BACK_ENDS = await backEnds();

/**
 * `describe(title + " on PGlite")`, and again on PostgreSQL when a server answers, each on a
 * fresh database loaded with the dataset: `body` gets the view reader and the database.
 */
export function describeOnDataset(title: string, body: (view: ReturnType<typeof viewOn>, db: () => Database) => void): void {
  describe.each(BACK_ENDS.map((b) => [b.name, b] as const))(`${title} on %s`, (_name, backEnd) => {
    let db: Database;
    beforeAll(async () => {
      db = await backEnd.open();
      await loadDataset(db);
    });
    afterAll(() => backEnd.close());
    body(
      viewOn(() => db),
      () => db,
    );
  });
}
