import type { Strings } from '../locales';

/** The widgets' strings in ar. */
const strings: Strings = {
  close: 'إغلاق',
  submit: 'إرسال',
  thanks: 'شكرًا على ملاحظاتك!',
  npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
  npsLow: 'غير محتمل إطلاقًا',
  npsHigh: 'محتمل جدًا',
  detractor: 'ما الذي خيّب أملك؟',
  passive: 'ما الذي يجعل تقييمك 10؟',
  promoter: 'ما أكثر ما أعجبك؟',
  comment: 'إجابتك (اختيارية)',
  csatQuestion: 'ما مدى رضاك عن هذه الصفحة؟',
  good: 'راضٍ',
  bad: 'غير راضٍ',
  scale: ['غير راضٍ إطلاقًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا'],
  exitQuestion: 'قبل أن تغادر: ما الذي أوقفك اليوم؟',
  reasons: ['السعر مرتفع جدًا', 'أنا أتصفح فقط', 'تكلفة الشحن أو مدته', 'لم أجد ما أبحث عنه', 'شيء آخر'],
  other: 'أخبرنا المزيد (اختياري)',
};
export default strings;
