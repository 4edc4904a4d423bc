import type { Strings } from '../locales';

/** The widgets' strings in de. */
const strings: Strings = {
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
  csatQuestion: 'Wie zufrieden sind Sie mit dieser Seite?',
  good: 'Zufrieden',
  bad: 'Nicht zufrieden',
  scale: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  exitQuestion: 'Bevor Sie gehen: Was hat Sie heute abgehalten?',
  reasons: ['Der Preis ist zu hoch', 'Ich schaue mich nur um', 'Versandkosten oder -zeiten', 'Ich habe nicht gefunden, was ich suchte', 'Etwas anderes'],
  other: 'Erzählen Sie uns mehr (optional)',
};
export default strings;
