// Three PostHog survey rules, as GET /api/surveys/ returns them, matching microjourney's three
// widget rules: an NPS on the custom event `checkout_completed`, and two on pages the product
// page is not (help articles, checkout). A survey runs only with a start date, no end date and
// no flag keys.
export const NPS_SURVEY_ID = '01900000-0000-7000-8000-00000000a001';

const RUNNING = {
  description: '',
  type: 'popover',
  start_date: '2026-01-01T00:00:00Z',
  end_date: null,
  linked_flag_key: null,
  targeting_flag_key: null,
  internal_targeting_flag_key: null,
  feature_flag_keys: [],
  current_iteration: null,
  current_iteration_start_date: null,
  schedule: 'once',
  enable_partial_responses: false,
};
const APPEARANCE = { position: 'right', surveyPopupDelaySeconds: 0, displayThankYouMessage: false };
const rating = (id, question, scale) => ({
  type: 'rating',
  id,
  question,
  description: '',
  display: 'number',
  scale,
  lowerBoundLabel: 'Not at all',
  upperBoundLabel: 'Very',
  optional: false,
});

export const SURVEYS = [
  {
    ...RUNNING,
    appearance: APPEARANCE,
    id: NPS_SURVEY_ID,
    name: 'NPS after checkout',
    questions: [rating('q-nps', 'How likely are you to recommend Harbor & Hearth to a friend?', 10)],
    conditions: { events: { repeatedActivation: false, values: [{ name: 'checkout_completed' }] } },
  },
  {
    ...RUNNING,
    appearance: APPEARANCE,
    id: '01900000-0000-7000-8000-00000000a002',
    name: 'Help article',
    questions: [rating('q-help', 'Did this article answer your question?', 5)],
    conditions: { url: '/help/', urlMatchType: 'icontains' },
  },
  {
    ...RUNNING,
    appearance: APPEARANCE,
    id: '01900000-0000-7000-8000-00000000a003',
    name: 'Checkout exit',
    questions: [{ type: 'open', id: 'q-exit', question: 'What stopped you from finishing your order?', description: '', optional: false }],
    conditions: { url: '/checkout/', urlMatchType: 'icontains' },
  },
];
