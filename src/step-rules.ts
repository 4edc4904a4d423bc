import { matchUrl } from './lib/match-url';
import type { StepRule } from './types';

/**
 * Applies the config's `steps` rules: URL rules are checked on every page view, click rules by
 * one delegated, passive, capturing listener (only when some rule needs it; a `url` next to a
 * `click` limits the click to those pages). Selectors were checked by the config validator.
 */
export function watchStepRules(rules: StepRule[], onStep: (rule: StepRule) => void): (url: URL) => void {
  const clickRules = rules.filter((rule) => rule.when.click);
  if (clickRules.length)
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        for (const rule of clickRules)
          try {
            if (target?.closest?.(rule.when.click!) && (rule.when.url === undefined || matchUrl(rule.when.url, new URL(location.href)))) onStep(rule);
          } catch {
            /* an invalid selector in an unchecked config: that rule never matches */
          }
      },
      { capture: true, passive: true },
    );
  return (url) => {
    for (const rule of rules) if (rule.when.url !== undefined && !rule.when.click && matchUrl(rule.when.url, url)) onStep(rule);
  };
}
