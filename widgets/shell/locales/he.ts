import type { Strings } from '../locales';

/** The widgets' strings in he. */
const strings: Strings = {
  close: 'סגירה',
  submit: 'שליחה',
  thanks: 'תודה על המשוב!',
  npsQuestion: 'עד כמה סביר שתמליצו עלינו לחבר או לעמית?',
  npsLow: 'בכלל לא סביר',
  npsHigh: 'סביר מאוד',
  detractor: 'מה אכזב אתכם?',
  passive: 'מה היה הופך את זה ל-10 עבורכם?',
  promoter: 'מה הכי אהבתם?',
  comment: 'התשובה שלכם (לא חובה)',
  csatQuestion: 'עד כמה אתם מרוצים מהעמוד הזה?',
  good: 'מרוצה',
  bad: 'לא מרוצה',
  scale: ['מאוד לא מרוצה', 'לא מרוצה', 'ניטרלי', 'מרוצה', 'מרוצה מאוד'],
  exitQuestion: 'לפני שאתם הולכים: מה עצר אתכם היום?',
  reasons: ['המחיר גבוה מדי', 'אני רק מסתכל/ת', 'עלויות או זמני משלוח', 'לא מצאתי את מה שחיפשתי', 'משהו אחר'],
  other: 'ספרו לנו עוד (לא חובה)',
};
export default strings;
