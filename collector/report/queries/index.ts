/**
 * The report's queries: one function per view of `GET /report/api/<view>`, each
 * `(db, ctx, filters, params) => Promise<View>` with every figure computed in SQL, and the
 * inbox's change and the export.
 */
import { attribution } from './attribution.js';
import { comments } from './comments.js';
import { dimensions } from './dimensions.js';
import { funnels } from './funnels.js';
import { health } from './health.js';
import { inbox } from './inbox.js';
import { options } from './options.js';
import { stages } from './stages.js';
import { summary } from './summary.js';

/** The API's view names and their queries. */
export const VIEWS = { summary, dimensions, attribution, funnels, stages, comments, inbox, health, options };

/** A view's name: the last segment of its API path. */
export type ViewName = keyof typeof VIEWS;

export { DEFAULT_STAGES, type ReportContext } from './context.js';
export { exportRows } from './export-rows.js';
export { filterWhere, parseFilters, SqlParams } from './filters.js';
export { INBOX_STATUSES } from './inbox-item.js';
export { updateInboxItem, type InboxChange } from './update-inbox-item.js';
