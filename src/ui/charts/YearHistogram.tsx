import { brushX, scaleBand, scaleLinear, select, type D3BrushEvent } from 'd3';
import { useEffect, useRef } from 'react';
import { drawableValue, type Disclosed } from '../../domain/disclosure';
import { formatDisclosed } from '../../i18n/disclosure-text';
import { t } from '../../i18n';

export interface YearHistogramProps {
  years: { year: number; victims: Disclosed }[];
  from: number;
  to: number;
  /** A brush over the bars sets the range (snapped to whole years). */
  onBrush?: (from: number, to: number) => void;
  width?: number;
  height?: number;
}

const AXIS = 14;

/**
 * Victims per year (published figures; a hidden year has no bar), the selected range highlighted.
 * The bars are a pure function of the props; the brush is an interaction laid over them.
 */
export function YearHistogram({
  years,
  from,
  to,
  onBrush,
  width = 250,
  height = 90,
}: YearHistogramProps) {
  const brushLayer = useRef<SVGGElement>(null);
  const x = scaleBand<number>()
    .domain(years.map((y) => y.year))
    .range([0, width])
    .padding(0.15);
  const max = Math.max(1, ...years.map((y) => drawableValue(y.victims)));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - AXIS, 4]);

  useEffect(() => {
    const layer = brushLayer.current;
    if (!layer || !onBrush || years.length === 0) return;
    const band = scaleBand<number>()
      .domain(years.map((d) => d.year))
      .range([0, width])
      .padding(0.15);
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height - AXIS],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [x0, x1] = event.selection as [number, number];
        const inside = years
          .map((d) => d.year)
          .filter((yr) => {
            const mid = band(yr)! + band.bandwidth() / 2;
            return mid >= x0 && mid <= x1;
          });
        select(layer).call(brush.move, null);
        if (inside.length > 0) onBrush(inside[0]!, inside.at(-1)!);
      });
    select(layer).call(brush);
    return () => {
      select(layer).on('.brush', null).selectAll('*').remove();
    };
  }, [years, width, height, onBrush]);

  return (
    <svg
      className="year-histogram"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('filters.histogram', {
        years: years.map((d) => `${d.year} ${formatDisclosed(d.victims)}`).join(', '),
      })}
    >
      {years.map((d) => (
        <g key={d.year} className={d.year >= from && d.year <= to ? 'year in' : 'year'}>
          <rect
            x={x(d.year)}
            y={y(drawableValue(d.victims))}
            width={x.bandwidth()}
            height={height - AXIS - y(drawableValue(d.victims))}
          >
            <title>{`${d.year}: ${formatDisclosed(d.victims)}`}</title>
          </rect>
        </g>
      ))}
      {years.length > 0 && (
        <>
          <text x={0} y={height - 2} className="axis">
            {years[0]!.year}
          </text>
          <text x={width} y={height - 2} textAnchor="end" className="axis">
            {years.at(-1)!.year}
          </text>
        </>
      )}
      <g ref={brushLayer} className="brush" data-testid="year-brush" />
    </svg>
  );
}
