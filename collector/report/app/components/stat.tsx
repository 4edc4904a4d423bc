import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  value: string;
  /** The lines under the value: n, the interval, a caveat. */
  children?: ComponentChildren;
  /** Few answers: the value is muted and the note says why. */
  muted?: boolean;
  id?: string;
}

/** One headline figure: its name, its value large, its context small. */
export function Stat({ label, value, children, muted, id }: Props) {
  return (
    <div class={`stat${muted ? ' stat-muted' : ''}`} id={id}>
      <dt class="stat-label">{label}</dt>
      <dd class="stat-value">{value}</dd>
      {children && <dd class="stat-detail">{children}</dd>}
    </div>
  );
}
