import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { type ResolvedPolicy } from '../domain/disclosure';
import { policyNote } from '../i18n/disclosure-text';
import type { FixedScale } from '../map/fixed-scale';
import type { LegendSamples } from '../map/legend-samples';
import type { MapData } from '../map/map-data';
import type { ShadingKey } from '../state/use-map-picture';

export interface MapLegendProps {
  data: MapData | null;
  /** The scales fixed for the dataset; null: fitted to the view. */
  scale: FixedScale | null;
  /** Labelled widths, the ramp and circle sizes (map/legend-samples). */
  samples: LegendSamples;
  policy: ResolvedPolicy;
  perCapitaOf: 'origin' | 'destination' | null;
  shading: ShadingKey | null;
  /** Whether it opens unfolded (a small embed opens it folded, to leave the map in view). */
  initiallyOpen?: boolean;
}

/**
 * The map's legend, over the map: labelled flow widths, the colour ramp with ticks, labelled
 * circle sizes, the choropleth's classes and the disclosure rule. It folds to its title.
 */
export function MapLegend(props: MapLegendProps) {
  const { data, scale, policy, perCapitaOf, shading } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(props.initiallyOpen ?? true);
  const { flowMax, widths, ramp, circles } = props.samples;
  const value = (v: number) =>
    perCapitaOf ? formatNumber(v, { maximumFractionDigits: 2 }) : formatNumber(Math.round(v));
  const shadeValue = (v: number) =>
    shading?.perCapita ? formatNumber(v, { maximumFractionDigits: 2 }) : formatNumber(v);
  const widthCaption =
    perCapitaOf === 'origin'
      ? t('legend.widthOrigin')
      : perCapitaOf === 'destination'
        ? t('legend.widthDestination')
        : t('legend.widthVictims');
  const maxRadius = circles.at(-1)?.radiusPx ?? 0;
  return (
    <section className="map-legend" aria-labelledby="map-legend-title" data-open={open}>
      <div className="map-legend-head">
        <h2 id="map-legend-title">{t('mapLegend.title')}</h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('mapLegend.hide') : t('mapLegend.show')}
        </button>
      </div>
      {open && (
        <div className="map-legend-body">
          <div className="legend-widths" aria-label={widthCaption}>
            <div className="legend-caption">{widthCaption}</div>
            <div className="legend-scale">{scale ? t('mapLegend.fixed') : t('mapLegend.fit')}</div>
            <ul>
              {widths.map(({ magnitude: m, color, widthPx }) => (
                <li className="legend-row" key={m}>
                  <svg width="56" height="18" aria-hidden="true">
                    <line x1="2" y1="9" x2="44" y2="9" stroke={color} strokeWidth={widthPx} />
                    <polygon points="44,3 55,9 44,15" fill={color} />
                  </svg>
                  <span className="legend-value" data-not-a-count={perCapitaOf ? true : undefined}>
                    {value(m)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          {flowMax > 0 && (
            <div className="legend-ramp-ticks" aria-hidden="true">
              <div
                className="legend-ramp"
                style={{ background: `linear-gradient(to right, ${ramp.join(', ')})` }}
              />
              <div className="legend-ticks" data-not-a-count>
                <span>0</span>
                <span>{value(flowMax / 2)}</span>
                <span>{value(flowMax)}</span>
              </div>
            </div>
          )}
          {circles.length > 0 && (
            <>
              <p className="legend-caption">{t('mapLegend.circles')}</p>
              <ul className="legend-circles" aria-label={t('mapLegend.circles')}>
                {circles.map(({ value: v, radiusPx: r }) => {
                  return (
                    <li key={v}>
                      <svg width={2 * maxRadius + 2} height={2 * r + 2} aria-hidden="true">
                        <circle cx={maxRadius + 1} cy={r + 1} r={r} className="legend-circle" />
                      </svg>
                      <span className="legend-value">{formatNumber(v)}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {shading && shading.classes.length > 0 && (
            <div
              className="legend-shading"
              aria-label={t('legend.shading', { what: shading.label })}
            >
              <div className="legend-caption">{t('legend.shading', { what: shading.label })}</div>
              <ul>
                {shading.classes.map((c) => (
                  <li className="legend-row" key={c.color}>
                    <span className="legend-swatch" style={{ background: c.color }} />
                    <span data-not-a-count={shading.perCapita || undefined}>
                      {shadeValue(c.from)}
                      {c.to !== c.from ? `–${shadeValue(c.to)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
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
        </div>
      )}
    </section>
  );
}
