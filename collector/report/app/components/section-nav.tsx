/** The report's sections, in page order: the section nav and the sections' ids. */
export const SECTIONS = [
  { id: 'headline', title: 'Headline' },
  { id: 'dimensions', title: 'By dimension' },
  { id: 'attribution', title: 'Attribution' },
  { id: 'funnels', title: 'Funnels' },
  { id: 'stages', title: 'Stage flow' },
  { id: 'comments', title: 'Comments' },
  { id: 'inbox', title: 'Inbox' },
  { id: 'health', title: 'Data health' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const sectionTitle = (id: SectionId) => SECTIONS.find((s) => s.id == id)!.title;

/** Links to each section; the hash moves focus to the section's heading for keyboard users. */
export function SectionNav() {
  const go = (e: MouseEvent, id: string) => {
    e.preventDefault();
    const heading = document.getElementById(`${id}-title`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
  };
  return (
    <nav class="section-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(e) => go(e, id)}>
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
