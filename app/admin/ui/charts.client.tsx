// The admin's charts (Polaris Viz), loaded lazily in the browser only: Polaris Viz needs the
// browser's layout APIs, and keeping it out of the page's first bundle keeps the page fast.
// Pages reserve the chart's height, so nothing moves when it arrives.
import '@shopify/polaris-viz/build/esm/styles.css';
import { BarChart, LineChart, PolarisVizProvider, SimpleBarChart } from '@shopify/polaris-viz';

export interface Series {
  name: string;
  data: { key: string; value: number }[];
}

export interface ChartProps {
  kind: 'line' | 'bars' | 'ranking';
  series: Series[];
  format?: (v: number) => string;
}

export default function Chart({ kind, series, format }: ChartProps) {
  const yAxisOptions = format ? { labelFormatter: (v: string | number | null) => format(Number(v)) } : undefined;
  return (
    <PolarisVizProvider>
      {kind === 'line' ? <LineChart data={series} theme="Light" yAxisOptions={yAxisOptions} /> : null}
      {kind === 'bars' ? <BarChart data={series} theme="Light" yAxisOptions={yAxisOptions} /> : null}
      {kind === 'ranking' ? <SimpleBarChart data={series} theme="Light" /> : null}
    </PolarisVizProvider>
  );
}
