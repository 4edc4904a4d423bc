import type { Strings } from '../locales';

/** The widgets' strings in fr. */
const strings: Strings = {
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
  csatQuestion: 'Êtes-vous satisfait de cette page ?',
  good: 'Satisfait',
  bad: 'Pas satisfait',
  scale: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
  exitQuestion: 'Avant de partir : qu’est-ce qui vous a arrêté aujourd’hui ?',
  reasons: ['Le prix est trop élevé', 'Je regarde seulement', 'Frais ou délais de livraison', 'Je n’ai pas trouvé ce que je cherchais', 'Autre chose'],
  other: 'Dites-nous en plus (facultatif)',
};
export default strings;
