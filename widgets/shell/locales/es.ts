import type { Strings } from '../locales';

/** The widgets' strings in es. */
const strings: Strings = {
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
  csatQuestion: '¿Qué tan satisfecho estás con esta página?',
  good: 'Satisfecho',
  bad: 'No satisfecho',
  scale: ['Muy insatisfecho', 'Insatisfecho', 'Neutral', 'Satisfecho', 'Muy satisfecho'],
  exitQuestion: 'Antes de irte: ¿qué te detuvo hoy?',
  reasons: ['El precio es demasiado alto', 'Solo estoy mirando', 'Costes o plazos de envío', 'No encontré lo que buscaba', 'Otra cosa'],
  other: 'Cuéntanos más (opcional)',
};
export default strings;
