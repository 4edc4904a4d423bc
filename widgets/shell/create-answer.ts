/** An answer's fields: NPS `{ score, category, comment }`, CSAT `{ thumb | score, positive, comment }`, exit `{ choice, index, other }`. */
export type Answer = Record<string, unknown>;

/** The same fields with the same values: the answers widgets build are flat. */
const same = (a: Answer, b: Answer | null) => !!b && Object.keys(a).length == Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/**
 * One showing's answer, from the first choice to the send (issue 12 §4). The widget's body keeps
 * `draft.current` as the answer so far, null until something is chosen. `submit()` sends it in
 * full, once; it answers whether it did. `leave()` is for the customer going away with the
 * widget on screen — dismissing it, or the page hiding or closing — and sends the answer so far
 * with `partial: true`: never when nothing was chosen, never after the full answer, and not
 * twice for the same answer. Every send of one showing carries the same `response_id`, so a
 * collector keeps the full answer over its partials (and the latest partial over earlier ones).
 */
export function createAnswer(send: (answer: Answer) => void) {
  const draft: { current: Answer | null } = { current: null };
  // 128 random bits in hex: it only has to tell this showing's answer from every other one.
  const responseId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => (b | 256).toString(16).slice(1)).join('');
  let partial: Answer | null = null;
  let done = false;
  return {
    draft,
    submit(): boolean {
      const answer = draft.current;
      if (done || !answer) return false;
      done = true;
      send({ ...answer, response_id: responseId });
      return true;
    },
    leave(): void {
      const answer = draft.current;
      if (done || !answer || same(answer, partial)) return;
      partial = answer;
      send({ ...answer, response_id: responseId, partial: true });
    },
  };
}

export type WidgetAnswer = ReturnType<typeof createAnswer>;
