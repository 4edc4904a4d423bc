import { useEffect, useRef } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { Chart, chartColors, type ChartColors } from '../lib/chart-setup';
import { useColorScheme } from '../lib/use-color-scheme';

interface Props {
  /** Describes what the chart shows, for screen readers (the figures are in the table beside it). */
  label: string;
  /** Builds the chart from the palette; called again when `data` or the color scheme changes. */
  build(colors: ChartColors): ChartConfiguration;
  /** The figures drawn: a new value redraws the chart. */
  data: unknown;
  /** `tall` for charts with many bars. */
  size?: 'short' | 'regular' | 'tall';
  /** Extra height per category for horizontal bar charts, so labels never overlap. */
  rows?: number;
}

/** A Chart.js chart on a canvas marked as one image with a description. */
export function ChartCanvas({ label, build, data, size = 'regular', rows }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  useEffect(() => {
    // Height through the CSSOM: the page's CSP forbids style attributes, not element.style.
    if (rows && box.current) box.current.style.height = `${Math.max(8, 2.5 + rows * 2.1)}rem`;
    const chart = new Chart(canvas.current!, build(chartColors()));
    return () => chart.destroy();
  }, [data, scheme]);
  return (
    <div class={`chart chart-${size}`} ref={box}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
