import { scaleLinear } from 'd3';
import { drawableValue, formatDisclosed, type Disclosed } from '../../domain/disclosure';
import { SECTOR_LABELS, type Sector } from '../../domain/sectors';

export interface SectorBarsProps {
  bars: { sector: Sector; victims: Disclosed }[];
  /** Sectors in the filter; none means all. */
  selected: readonly Sector[];
  /** Clicking a bar toggles its sector in the filter. */
  onToggle?: (sector: Sector) => void;
  width?: number;
}

const ROW = 20;
const LABEL = 150;
const VALUE = 56;

/**
 * Victims by sector as horizontal bars (published figures only: a hidden count has no bar and
 * reads "< k"). Pure: the same props give the same SVG.
 */
export function SectorBars({ bars, selected, onToggle, width = 260 }: SectorBarsProps) {
  const max = Math.max(1, ...bars.map((b) => drawableValue(b.victims)));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - LABEL - VALUE]);
  const height = bars.length * ROW;
  return (
    <svg
      className="sector-bars"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Victims by sector"
    >
      {bars.map((b, i) => {
        const on = selected.length === 0 || selected.includes(b.sector);
        const label = `${SECTOR_LABELS[b.sector]}: ${formatDisclosed(b.victims)}`;
        return (
          <g
            key={b.sector}
            transform={`translate(0,${i * ROW})`}
            role="button"
            tabIndex={0}
            aria-pressed={selected.includes(b.sector)}
            aria-label={label}
            className={on ? 'bar' : 'bar bar-off'}
            onClick={() => onToggle?.(b.sector)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onToggle?.(b.sector);
              }
            }}
          >
            <text x={LABEL - 6} y={ROW / 2} dy="0.35em" textAnchor="end">
              {SECTOR_LABELS[b.sector]}
            </text>
            <rect x={LABEL} y={3} width={x(drawableValue(b.victims))} height={ROW - 6} />
            <text x={LABEL + x(drawableValue(b.victims)) + 4} y={ROW / 2} dy="0.35em">
              {formatDisclosed(b.victims)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
