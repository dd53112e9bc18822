import { scaleBand, scaleLinear } from 'd3';
import { t } from '../../i18n';

export interface YearPoint {
  year: number;
  /** Bar height (0 draws no bar). */
  value: number;
  /** What the bar says, e.g. "120", "< 10" or "1.03". */
  text: string;
}

export interface YearSeries {
  id: string;
  label: string;
  points: YearPoint[];
}

export interface YearMultiplesProps {
  series: YearSeries[];
  /** The years on the axis (the same for every chart). */
  years: readonly number[];
  /** The year range in force: years outside it are greyed. */
  yearFrom: number;
  yearTo: number;
  /** What the numbers are, for screen readers, e.g. "victims as destination". */
  unit: string;
  /** The series highlighted (e.g. the selected country). */
  selected?: string | null;
  width?: number;
  height?: number;
}

const TOP = 16;
const BOTTOM = 12;

/**
 * Small multiples of per-year bars on one shared scale, so that the charts compare. Pure: the
 * same props give the same SVG.
 */
export function YearMultiples({
  series,
  years,
  yearFrom,
  yearTo,
  unit,
  selected = null,
  width = 180,
  height = 76,
}: YearMultiplesProps) {
  const max = Math.max(1e-9, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const x = scaleBand<number>().domain(years).range([0, width]).paddingInner(0.15);
  const y = scaleLinear()
    .domain([0, max])
    .range([0, height - TOP - BOTTOM]);
  const first = years[0];
  const last = years.at(-1);
  return (
    <div className="year-multiples">
      {series.map((s) => {
        const byYear = new Map(s.points.map((p) => [p.year, p]));
        return (
          <svg
            key={s.id}
            className={s.id === selected ? 'multiple selected' : 'multiple'}
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={t('chartText.byYear', {
              name: s.label,
              unit,
              values: years
                .map((yr) => `${yr} ${byYear.get(yr)?.text ?? t('chartText.none')}`)
                .join('; '),
            })}
          >
            <text className="multiple-title" x={0} y={11}>
              {s.label}
            </text>
            {years.map((yr) => {
              const p = byYear.get(yr);
              const h = p ? y(p.value) : 0;
              const inRange = yr >= yearFrom && yr <= yearTo;
              return (
                <rect
                  key={yr}
                  className={inRange ? 'in' : undefined}
                  x={x(yr)}
                  y={height - BOTTOM - h}
                  width={x.bandwidth()}
                  height={h}
                >
                  <title>{`${s.label} ${yr}: ${p?.text ?? t('chartText.none')}`}</title>
                </rect>
              );
            })}
            <line x1={0} x2={width} y1={height - BOTTOM} y2={height - BOTTOM} />
            {first !== undefined && last !== undefined && (
              <>
                <text className="axis" x={0} y={height - 1}>
                  {first}
                </text>
                <text className="axis" x={width} y={height - 1} textAnchor="end">
                  {last}
                </text>
              </>
            )}
          </svg>
        );
      })}
    </div>
  );
}
