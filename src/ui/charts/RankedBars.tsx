import { scaleLinear } from 'd3';

export interface RankedBar {
  id: string;
  label: string;
  /** Bar length (0 draws no bar). */
  value: number;
  /** What the bar says, e.g. "1,230" or "< 10 victims". */
  text: string;
  /**
   * Parts drawn stacked from the left over the bar (lengths on the bar's scale, 0 draws
   * nothing); the bar itself stays as a pale background for what the parts do not show.
   */
  segments?: { id: string; value: number; text: string; label: string; color: string }[];
}

export interface RankedBarsProps {
  bars: RankedBar[];
  label: string;
  /** The bars pressed (selected); when some are, the others are dimmed. */
  selected: readonly string[];
  onSelect?: (id: string) => void;
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  className?: string;
}

const ROW = 20;

/**
 * Bars ranked as given (largest first by the caller), scaling down to narrow screens. Pure: the
 * same props give the same SVG.
 */
export function RankedBars({
  bars,
  label,
  selected,
  onSelect,
  width = 560,
  labelWidth: LABEL = 150,
  valueWidth = 110,
  className = 'ranked-bars',
}: RankedBarsProps) {
  const max = Math.max(1e-9, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - LABEL - valueWidth]);
  const height = bars.length * ROW;
  return (
    <svg
      className={className}
      width="100%"
      style={{ maxWidth: width }}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
    >
      {bars.map((b, i) => (
        <g
          key={b.id}
          transform={`translate(0,${i * ROW})`}
          role="button"
          tabIndex={0}
          aria-pressed={selected.includes(b.id)}
          aria-label={`${b.label}: ${b.text}${
            b.segments ? ` (${b.segments.map((seg) => `${seg.label} ${seg.text}`).join(', ')})` : ''
          }`}
          className={selected.length === 0 || selected.includes(b.id) ? 'bar' : 'bar bar-off'}
          onClick={() => onSelect?.(b.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect?.(b.id);
            }
          }}
        >
          <rect
            className={b.segments ? 'bar-total' : undefined}
            x={LABEL}
            y={3}
            width={x(b.value)}
            height={ROW - 6}
          />
          {b.segments?.map((seg, j, all) => {
            const before = all.slice(0, j).reduce((n, s) => n + s.value, 0);
            return (
              <rect
                key={seg.id}
                className="segment"
                style={{ fill: seg.color }}
                x={LABEL + x(before)}
                y={3}
                width={x(seg.value)}
                height={ROW - 6}
              />
            );
          })}
          {/* One text, label then figure, as the button's name begins. */}
          <text y={ROW / 2} dy="0.35em">
            <tspan x={LABEL - 6} textAnchor="end">
              {b.label}
            </tspan>{' '}
            <tspan x={LABEL + x(b.value) + 4}>{b.text}</tspan>
          </text>
        </g>
      ))}
    </svg>
  );
}
