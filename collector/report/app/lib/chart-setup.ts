import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the report draws (bars and lines), so the bundle carries no unused chart types.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Filler);

// Figures appear at once: animation adds nothing to a report and delays screenshots and tests.
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export { Chart };

/** The palette, from the stylesheet's custom properties, so dark mode has one source of truth. */
export function chartColors() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--text-muted'),
    grid: read('--border'),
    series: [read('--chart-1'), read('--chart-2'), read('--chart-3'), read('--chart-4')],
    band: read('--chart-band'),
  };
}

export type ChartColors = ReturnType<typeof chartColors>;

/** An axis in the palette's muted text and grid colors. */
export const axis = (colors: ChartColors, extra: Record<string, unknown> = {}) => ({
  ticks: { color: colors.text },
  grid: { color: colors.grid },
  border: { color: colors.grid },
  ...extra,
});

/** The legend in the palette's text color. */
export const legend = (colors: ChartColors, display = true) => ({ display, labels: { color: colors.text, boxWidth: 12 } });
