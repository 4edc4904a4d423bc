/** Every string the widgets show, per locale. Question texts come from the config (`text.<locale>`). */
export interface Strings {
  close: string;
  submit: string;
  thanks: string;
  npsQuestion: string;
  npsLow: string;
  npsHigh: string;
  /** The follow-up question, by category. */
  detractor: string;
  passive: string;
  promoter: string;
  comment: string;
}

export const LOCALES: Record<string, Strings> = {
  en: {
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
  },
  he: {
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
  },
  ar: {
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
  },
  es: {
    close: 'Cerrar',
    submit: 'Enviar',
    thanks: '¡Gracias por tu opinión!',
    npsQuestion: '¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?',
    npsLow: 'Nada probable',
    npsHigh: 'Muy probable',
    detractor: '¿Qué te decepcionó?',
    passive: '¿Qué haría que nos dieras un 10?',
    promoter: '¿Qué es lo que más te gustó?',
    comment: 'Tu respuesta (opcional)',
  },
  fr: {
    close: 'Fermer',
    submit: 'Envoyer',
    thanks: 'Merci pour votre avis !',
    npsQuestion: 'Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?',
    npsLow: 'Pas du tout probable',
    npsHigh: 'Très probable',
    detractor: 'Qu’est-ce qui vous a déçu ?',
    passive: 'Qu’est-ce qui en ferait un 10 pour vous ?',
    promoter: 'Qu’avez-vous le plus apprécié ?',
    comment: 'Votre réponse (facultatif)',
  },
  de: {
    close: 'Schließen',
    submit: 'Senden',
    thanks: 'Danke für Ihr Feedback!',
    npsQuestion: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?',
    npsLow: 'Überhaupt nicht wahrscheinlich',
    npsHigh: 'Äußerst wahrscheinlich',
    detractor: 'Was hat Sie enttäuscht?',
    passive: 'Was würde es für Sie zu einer 10 machen?',
    promoter: 'Was hat Ihnen am besten gefallen?',
    comment: 'Ihre Antwort (optional)',
  },
  ru: {
    close: 'Закрыть',
    submit: 'Отправить',
    thanks: 'Спасибо за отзыв!',
    npsQuestion: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
    npsLow: 'Совсем маловероятно',
    npsHigh: 'Очень вероятно',
    detractor: 'Что вас разочаровало?',
    passive: 'Что сделало бы оценку 10?',
    promoter: 'Что вам понравилось больше всего?',
    comment: 'Ваш ответ (необязательно)',
  },
};

/** Right-to-left locales. */
export const RTL = ['he', 'ar'];

/**
 * The widget's locale: its config's `locale`, then `<html lang>`, then the browser's, then `en`;
 * `he-IL` counts as `he`.
 */
export function pickLocale(configured?: unknown): string {
  for (const lang of [configured, document.documentElement.lang, ...navigator.languages])
    if (typeof lang == 'string') {
      const base = lang.toLowerCase().split('-')[0]!;
      if (LOCALES[base]) return base;
    }
  return 'en';
}
