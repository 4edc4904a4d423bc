import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Option {
  value: number | string;
  /** The accessible name. */
  label: string;
  content: ComponentChildren;
}

interface Props {
  options: Option[];
  value: Option['value'] | null;
  onChange(value: Option['value']): void;
  labelledBy: string;
  className: string;
}

/**
 * A radio group (WAI-ARIA): one tab stop (the chosen option, or the first), arrow keys move and
 * choose (left and right follow the group's direction), Home and End go to the ends, Space or
 * Enter chooses. Every option is a button at least 24 × 24 px.
 */
export function RadioGroup({ options, value, onChange, labelledBy, className }: Props) {
  const buttons = useRef<(HTMLElement | null)[]>([]);
  const index = Math.max(
    0,
    options.findIndex((o) => o.value === value),
  );
  const go = (i: number) => {
    const next = Math.max(0, Math.min(options.length - 1, i));
    onChange(options[next]!.value);
    buttons.current[next]?.focus();
  };
  const keys = (e: KeyboardEvent) => {
    const rtl = getComputedStyle(e.currentTarget as Element).direction == 'rtl';
    const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    if (step !== undefined) go(index + step);
    else if (e.key == 'Home') go(0);
    else if (e.key == 'End') go(options.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div class={className} role="radiogroup" aria-labelledby={labelledBy} onKeyDown={keys}>
      {options.map((o, i) => (
        <button
          type="button"
          role="radio"
          ref={(el) => void (buttons.current[i] = el)}
          aria-checked={o.value === value}
          aria-label={o.label}
          tabIndex={i == index ? 0 : -1}
          onClick={() => onChange(o.value)}
        >
          {o.content}
        </button>
      ))}
    </div>
  );
}
