import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

// One guardrail over time: the tested margin (candidate minus its limit) with its always-valid
// lower and upper bounds, and the zero line the controller acts on (above 0 = worse than allowed).

export function MarginChart({ title, x, estimate, lower, upper }: { title: string; x: number[]; estimate: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const width = Math.max(280, Math.min(el.current.clientWidth || 600, 900));
    const plot = new uPlot(
      {
        title,
        width,
        height: 220,
        scales: { x: { time: true } },
        series: [
          {},
          { label: 'margin', stroke: '#2457c5', width: 2, spanGaps: true, points: { show: false } },
          { label: 'lower bound', stroke: '#7c93c7', dash: [4, 4], spanGaps: true, points: { show: false } },
          { label: 'upper bound', stroke: '#7c93c7', dash: [4, 4], spanGaps: true, points: { show: false } },
          { label: 'limit (0)', stroke: '#b42318', width: 1, points: { show: false } },
        ],
        axes: [{}, { size: 60 }],
      },
      [x, estimate, lower, upper, x.map(() => 0)] as uPlot.AlignedData,
      el.current,
    );
    return () => plot.destroy();
  }, [title, x.join(','), estimate.join(',')]);
  return <div class="chart" ref={el} data-chart={title} />;
}
