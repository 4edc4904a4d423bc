import { expect, it } from 'vitest';
import { category } from '../../../widgets/nps';

it('classifies NPS scores: detractor 0–6, passive 7–8, promoter 9–10', () => {
  expect(Array.from({ length: 11 }, (_, i) => category(i))).toEqual([...Array(7).fill('detractor'), 'passive', 'passive', 'promoter', 'promoter']);
});
