import type { ScaleState } from '@flowmap.gl/data';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import {
  discloseScaleValue,
  formatDisclosed,
  policyNote,
  type ResolvedPolicy,
} from '../domain/disclosure';
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
  const { t } = useTranslation();
  const number = (v: number) =>
    shading?.perCapita ? formatNumber(v, { maximumFractionDigits: 2 }) : formatNumber(v);
  // Sample magnitudes are interpolated, not counts: they are published like counts all the same
  // (rates per 100,000 are shown as rates).
  const samples = (scale?.flowThickness?.samples ?? []).filter(
    (s) => perCapitaOf || discloseScaleValue(s.magnitude, policy).kind === 'shown',
  );
  const widthCaption =
    perCapitaOf === 'origin'
      ? t('legend.widthOrigin')
      : perCapitaOf === 'destination'
        ? t('legend.widthDestination')
        : t('legend.widthVictims');
  const gradient = `linear-gradient(to right, ${FLOW_COLORS.join(', ')})`;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <div className="legend-row">
        <svg width="64" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="52" y2="7" stroke={FLOW_COLORS[3]} strokeWidth="4" />
          <polygon points="52,1 63,7 52,13" fill={FLOW_COLORS[3]} />
        </svg>
        <span>{t('legend.flowLeg')}</span>
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
                <span>{formatDisclosed(discloseScaleValue(s.magnitude, policy))}</span>
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
        <span>{t('legend.circles')}</span>
      </div>
      {shading && shading.classes.length > 0 && (
        <div className="legend-shading" aria-label={t('legend.shading', { what: shading.label })}>
          <div className="legend-caption">{t('legend.shading', { what: shading.label })}</div>
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
            {t('legend.notShaded', { k: formatNumber(policy.k) })}
          </div>
        </div>
      )}
      {data && data.hiddenLegs > 0 && (
        <p className="legend-note" data-hidden-legs={data.hiddenLegs}>
          {t('legend.hiddenLegs', { k: formatNumber(policy.k) })}
        </p>
      )}
      {data && (data.legsWithoutRate ?? 0) > 0 && (
        <p className="legend-note" data-legs-without-rate={data.legsWithoutRate}>
          {t('legend.noPopulation')}
        </p>
      )}
      {data && data.unmappedLegs > 0 && (
        <p className="legend-note" data-unmapped-legs={data.unmappedLegs}>
          {t('legend.unmapped')}
        </p>
      )}
      <p className="legend-note" data-not-a-count>
        {policyNote(policy)}
      </p>
    </section>
  );
}
