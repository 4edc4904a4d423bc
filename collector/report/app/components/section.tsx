import type { ComponentChildren } from 'preact';
import type { ViewState } from '../lib/use-view';
import { ViewStatus } from './view-status';

interface Props<T> {
  id: string;
  title: string;
  /** One line under the heading saying what the section answers. */
  intro?: string;
  state: ViewState<T>;
  /** Controls beside the heading (a picker, a search box). */
  tools?: ComponentChildren;
  children(data: T): ComponentChildren;
}

/** One section of the report: a landmark with its heading, its view's loading and error states, then its figures. */
export function Section<T>({ id, title, intro, state, tools, children }: Props<T>) {
  return (
    <section id={id} class="section" aria-labelledby={`${id}-title`} aria-busy={state.loading}>
      <header class="section-head">
        <h2 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h2>
        {intro && <p class="section-intro">{intro}</p>}
        {tools && <div class="section-tools">{tools}</div>}
      </header>
      <ViewStatus title={title} loading={state.loading} error={state.error} hasData={!!state.data} />
      {state.data && children(state.data)}
    </section>
  );
}
