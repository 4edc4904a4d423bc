import type { Strings } from '../locales';

/** The widgets' strings in en. */
const strings: Strings = {
  close: 'Close',
  submit: 'Send',
  thanks: 'Thank you for your feedback!',
  npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  detractor: 'What disappointed you?',
  passive: 'What would make it a 10 for you?',
  promoter: 'What did you like most?',
  comment: 'Your answer (optional)',
  csatQuestion: 'How satisfied are you with this page?',
  good: 'Satisfied',
  bad: 'Not satisfied',
  scale: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  exitQuestion: 'Before you go: what stopped you today?',
  reasons: ['The price is too high', 'I am just looking', 'Shipping costs or times', 'I could not find what I wanted', 'Something else'],
  other: 'Tell us more (optional)',
};
export default strings;
