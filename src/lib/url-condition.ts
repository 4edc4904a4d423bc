import type { UrlMatch, WidgetConfig } from '../types';

/** The pages a widget can show on: its trigger's URL condition, else its audience's (undefined: any page). */
export const urlCondition = ({ trigger, audience }: WidgetConfig): UrlMatch | undefined => trigger?.url ?? audience?.url;
