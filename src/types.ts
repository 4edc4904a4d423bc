/** Types shared by the core, the widgets and the site developer, by concern. Types only: no runtime bytes. */
export type * from './event-types';
export type * from './config-types';
export type * from './widget-types';
