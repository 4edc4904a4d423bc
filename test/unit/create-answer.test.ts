import { expect, it } from 'vitest';
import { createAnswer, type Answer } from '../../widgets/shell/create-answer';

const ID = /^[0-9a-f]{32}$/;

function keep() {
  const sent: Answer[] = [];
  return { sent, answer: createAnswer((a) => sent.push(a)) };
}

it('sends nothing, partial or full, while nothing is chosen: leaving is then a plain dismissal', () => {
  const { sent, answer } = keep();
  answer.leave();
  expect(answer.submit()).toBe(false);
  expect(sent).toEqual([]);
});

it('leaving with a choice sends it as partial, with the comment so far, once per different answer', () => {
  const { sent, answer } = keep();
  answer.draft.current = { score: 3, category: 'detractor', comment: null };
  answer.leave();
  // The page hides, then is closed: the same answer is not sent twice.
  answer.draft.current = { score: 3, category: 'detractor', comment: null };
  answer.leave();
  expect(sent).toEqual([{ score: 3, category: 'detractor', comment: null, response_id: expect.stringMatching(ID), partial: true }]);
  // Back on the page, a comment typed, then dismissed: the answer changed, so it goes again.
  answer.draft.current = { score: 3, category: 'detractor', comment: 'slow' };
  answer.leave();
  expect(sent).toHaveLength(2);
  expect(sent[1]).toMatchObject({ comment: 'slow', partial: true, response_id: sent[0]!.response_id });
});

it('the full answer carries the partial’s response id, is sent once, and nothing partial follows it', () => {
  const { sent, answer } = keep();
  answer.draft.current = { thumb: 'up', positive: true, comment: null };
  answer.leave();
  answer.draft.current = { thumb: 'up', positive: true, comment: 'quick' };
  expect(answer.submit()).toBe(true);
  expect(answer.submit()).toBe(false);
  answer.leave();
  expect(sent).toHaveLength(2);
  expect(sent[1]).toEqual({ thumb: 'up', positive: true, comment: 'quick', response_id: sent[0]!.response_id });
});

it('each showing has a response id of its own', () => {
  const [a, b] = [keep(), keep()];
  for (const { answer } of [a, b]) {
    answer.draft.current = { choice: 'Just browsing', index: 0, other: null };
    answer.submit();
  }
  expect(a.sent[0]!.response_id).not.toBe(b.sent[0]!.response_id);
});
