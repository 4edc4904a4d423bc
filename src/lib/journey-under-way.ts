import type { RulesContext } from '../rules-view';
import { owns } from './owns';

/** Whether the named journey is started and not yet completed or abandoned, in the core's stored journey. */
export function journeyUnderWay(read: RulesContext['read'], journey: string): boolean {
  return owns(read<{ open?: Record<string, number> }>('journey')?.open || {}, journey);
}
