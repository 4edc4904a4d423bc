/** The formats chunk, `dist/formats.js`: body encoders for a `collector.format` other than `json`. */
export { encodeBatch } from '../formats';
