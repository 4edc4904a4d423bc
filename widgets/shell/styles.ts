/**
 * The widgets' styles, adopted by each shadow root as a constructable stylesheet: no global
 * CSS, no inline style attribute, nothing a `style-src 'self'` policy forbids. Every size is in
 * px (the page's root font size may be anything) and every side is logical, so right-to-left
 * locales mirror. Theme tokens are custom properties on `.mj`, overridable by the `theme` block.
 */
export const WIDGET_CSS = `
.mj { all: initial; box-sizing: border-box; position: fixed; z-index: 2147483000;
  --mj-accent: #2f5bd3; --mj-bg: #ffffff; --mj-fg: #1d232a; --mj-muted: #59636e; --mj-border: #d0d7de; --mj-radius: 12px;
  color: var(--mj-fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic", sans-serif;
  text-align: start; }
.mj-card, .mj-dialog { animation: mj-in .18s ease-out; background: var(--mj-bg); border: 1px solid var(--mj-border); border-radius: var(--mj-radius); box-shadow: 0 8px 28px rgba(0, 0, 0, .18); padding: 16px; overflow: auto; }
.mj-card { inset-block-end: 16px; inset-inline-end: 16px; inline-size: min(380px, calc(100vw - 32px)); max-block-size: calc(100vh - 32px); }
/* The backdrop only fades: moved, it would leave a strip of the page uncovered. */
.mj-backdrop { inset: 0; display: grid; place-items: center; padding: 16px; background: rgba(0, 0, 0, .45); animation: mj-fade .18s ease-out; }
.mj-dialog { inline-size: min(440px, 100%); max-block-size: calc(100vh - 32px); }
.mj * { box-sizing: border-box; font: inherit; color: inherit; }
@media (prefers-color-scheme: dark) { .mj { --mj-bg: #1f2428; --mj-fg: #e6edf3; --mj-muted: #9aa4ae; --mj-border: #3d444d; --mj-accent: #7aa2ff; } }
@media (max-width: 639px) { .mj-card { inset-inline: 0; inset-block-end: 0; inline-size: 100vw; border-radius: var(--mj-radius) var(--mj-radius) 0 0; max-block-size: 85vh; } }
@media (prefers-reduced-motion: reduce) { .mj, .mj-card, .mj-dialog { animation: none; } }
@keyframes mj-in { from { opacity: 0; transform: translateY(12px); } }
@keyframes mj-fade { from { opacity: 0; } }
.mj-head { display: flex; align-items: flex-start; gap: 8px; }
.mj-q { flex: 1; margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.mj-close { all: unset; box-sizing: border-box; display: inline-grid; place-items: center; inline-size: 32px; block-size: 32px; border-radius: 8px; cursor: pointer; font-size: 20px; line-height: 1; color: var(--mj-muted); }
.mj-close:hover { background: color-mix(in srgb, var(--mj-fg) 8%, transparent); }
.mj button:focus-visible, .mj textarea:focus-visible, .mj [role="radio"]:focus-visible { outline: 2px solid var(--mj-accent); outline-offset: 2px; }
.mj-scale { direction: ltr; display: grid; grid-template-columns: repeat(11, minmax(24px, 1fr)); gap: 4px; margin-block: 12px 4px; }
.mj-scale button { all: unset; box-sizing: border-box; display: grid; place-items: center; min-block-size: 36px; min-inline-size: 24px; border: 1px solid var(--mj-border); border-radius: 6px; cursor: pointer; font-variant-numeric: tabular-nums; }
.mj-scale button[aria-checked="true"] { background: var(--mj-accent); border-color: var(--mj-accent); color: var(--mj-bg); font-weight: 700; }
.mj-anchors { direction: ltr; display: flex; justify-content: space-between; gap: 8px; color: var(--mj-muted); font-size: 13px; }
.mj-anchors span:last-child { text-align: end; }
.mj-follow { display: grid; gap: 8px; margin-block-start: 12px; }
.mj-follow label { font-weight: 600; }
.mj textarea { all: unset; box-sizing: border-box; display: block; inline-size: 100%; min-block-size: 72px; padding: 8px; border: 1px solid var(--mj-border); border-radius: 8px; background: var(--mj-bg); white-space: pre-wrap; overflow-wrap: anywhere; }
.mj-send { all: unset; box-sizing: border-box; justify-self: end; min-block-size: 36px; padding-inline: 16px; border-radius: 8px; background: var(--mj-accent); color: var(--mj-bg); font-weight: 600; cursor: pointer; text-align: center; display: inline-grid; place-items: center; }
.mj-thanks { margin: 4px 0 0; }
.mj-choices { display: flex; gap: 8px; margin-block: 12px 4px; }
.mj-choices button { all: unset; box-sizing: border-box; flex: 1; display: grid; place-items: center; gap: 2px; min-block-size: 44px; padding: 6px; border: 1px solid var(--mj-border); border-radius: 8px; cursor: pointer; text-align: center; font-size: 13px; }
.mj-choices button[aria-checked="true"] { background: var(--mj-accent); border-color: var(--mj-accent); color: var(--mj-bg); font-weight: 600; }
.mj-choices .mj-icon { font-size: 22px; line-height: 1; display: block; }
.mj-reasons { display: grid; gap: 6px; margin-block: 12px 4px; }
.mj-reasons button { all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 8px; min-block-size: 40px; padding-inline: 12px; border: 1px solid var(--mj-border); border-radius: 8px; cursor: pointer; text-align: start; }
.mj-reasons button[aria-checked="true"] { border-color: var(--mj-accent); box-shadow: inset 0 0 0 1px var(--mj-accent); font-weight: 600; }
.mj-reasons button::before { content: ""; inline-size: 14px; block-size: 14px; border-radius: 50%; border: 2px solid var(--mj-muted); flex: none; }
.mj-reasons button[aria-checked="true"]::before { border-color: var(--mj-accent); background: radial-gradient(var(--mj-accent) 45%, transparent 50%); }
@media (forced-colors: active) { .mj-scale button[aria-checked="true"] { outline: 3px solid CanvasText; } }
`;
