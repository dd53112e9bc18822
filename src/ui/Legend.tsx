import type { ScaleState } from '@flowmap.gl/data';
import { disclose, formatDisclosed, policyNote, type ResolvedPolicy } from '../domain/disclosure';
import { formatRate } from '../domain/rates';
import { FLOW_COLORS } from '../map/layers';
import type { MapData } from '../map/map-data';

export interface LegendProps {
  data: MapData | null;
  scale: ScaleState | null;
  policy: ResolvedPolicy;
  /** Flow widths show victims per 100,000 people of this end of the leg, if set. */
  perCapitaOf?: 'origin' | 'destination' | null;
  /** The choropleth's classes, if the map is shaded. */
  shading?: {
    classes: { color: string; from: number; to: number }[];
    label: string;
    perCapita: boolean;
  } | null;
}

/** Flow width and colour, circle size, direction and the disclosure rule in force. */
export function Legend({ data, scale, policy, shading, perCapitaOf }: LegendProps) {
  const number = (v: number) =>
    shading?.perCapita
      ? v.toLocaleString('en', { maximumFractionDigits: 2 })
      : v.toLocaleString('en');
  // Sample magnitudes are interpolated, not counts: they are published like counts all the same
  // (rates per 100,000 are shown as rates).
  const samples = (scale?.flowThickness?.samples ?? []).filter(
    (s) => perCapitaOf || disclose(s.magnitude, policy).kind === 'shown',
  );
  const widthCaption = perCapitaOf
    ? `Width and colour: victims per 100,000 people of the ${perCapitaOf}, per year`
    : 'Width and colour: victims per leg';
  const gradient = `linear-gradient(to right, ${FLOW_COLORS.join(', ')})`;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <div className="legend-row">
        <svg width="64" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="52" y2="7" stroke={FLOW_COLORS[3]} strokeWidth="4" />
          <polygon points="52,1 63,7 52,13" fill={FLOW_COLORS[3]} />
        </svg>
        <span>Flow leg, origin → destination; the arrow points where victims were moved.</span>
      </div>
      {samples.length > 0 && (
        <div className="legend-widths" aria-label={widthCaption}>
          <div className="legend-caption">{widthCaption}</div>
          {samples.map((s) => (
            <div className="legend-row" key={s.magnitude}>
              <svg width="64" height="16" aria-hidden="true">
                <line
                  x1="2"
                  y1="8"
                  x2="62"
                  y2="8"
                  stroke={`rgba(${s.color.slice(0, 3).join(',')},1)`}
                  strokeWidth={Math.max(1, s.thickness)}
                />
              </svg>
              {perCapitaOf ? (
                <span data-not-a-count>{formatRate({ kind: 'rate', value: s.magnitude })}</span>
              ) : (
                <span>{formatDisclosed(disclose(s.magnitude, policy))}</span>
              )}
            </div>
          ))}
        </div>
      )}
      <div className="legend-ramp" style={{ background: gradient }} aria-hidden="true" />
      <div className="legend-row">
        <svg width="64" height="24" aria-hidden="true">
          <circle cx="12" cy="12" r="5" className="legend-circle" />
          <circle cx="40" cy="12" r="11" className="legend-circle" />
        </svg>
        <span>Circle area: victims whose route touches the country (incl. internal).</span>
      </div>
      {shading && shading.classes.length > 0 && (
        <div className="legend-shading" aria-label={`Country shading: ${shading.label}`}>
          <div className="legend-caption">Country shading: {shading.label}</div>
          {shading.classes.map((c) => (
            <div className="legend-row" key={c.color}>
              <svg width="64" height="14" aria-hidden="true">
                <rect x="2" y="1" width="40" height="12" fill={c.color} stroke="#8c959f" />
              </svg>
              <span data-not-a-count={shading.perCapita || undefined}>
                {number(c.from)}
                {c.to !== c.from ? `–${number(c.to)}` : ''}
              </span>
            </div>
          ))}
          <div className="legend-caption">
            Not shaded: fewer than {policy.k} victims, or withheld.
          </div>
        </div>
      )}
      {data && data.hiddenLegs > 0 && (
        <p className="legend-note" data-hidden-legs={data.hiddenLegs}>
          Other legs, each with fewer than {policy.k} victims or withheld to protect one, are not
          drawn.
        </p>
      )}
      {data && (data.legsWithoutRate ?? 0) > 0 && (
        <p className="legend-note" data-legs-without-rate={data.legsWithoutRate}>
          Some legs are not drawn: their country has no population figure for these years.
        </p>
      )}
      {data && data.unmappedLegs > 0 && (
        <p className="legend-note" data-unmapped-legs={data.unmappedLegs}>
          Some legs end in a place the basemap does not have, so they are not drawn.
        </p>
      )}
      <p className="legend-note" data-not-a-count>
        {policyNote(policy)}
      </p>
    </section>
  );
}
