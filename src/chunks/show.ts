/** The show chunk, `dist/show.js`: finds a widget's chunk and mounts it, the first time a widget is to be shown. */
export { showWidget } from '../show-widget';
