import { useState } from 'react';
import type { ScaleState } from '@flowmap.gl/data';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { policyNote, type ResolvedPolicy } from '../domain/disclosure';
import { circleRadiusPx } from '../map/layers';
import {
  circleSamples,
  flowColor,
  flowThicknessPx,
  widthSamples,
  type FixedScale,
} from '../map/fixed-scale';
import type { MapData } from '../map/map-data';
import type { ShadingKey } from '../state/use-map-picture';

export interface MapLegendProps {
  data: MapData | null;
  /** The scales fixed for the dataset; null: fit to the view (then `fitted` says how). */
  scale: FixedScale | null;
  /** flowmap.gl's own scale, for "Fit to view". */
  fitted: ScaleState | null;
  policy: ResolvedPolicy;
  perCapitaOf: 'origin' | 'destination' | null;
  shading: ShadingKey | null;
}

/** The domains the legend describes: fixed, or those flowmap.gl fitted to the view. */
function domains(scale: FixedScale | null, fitted: ScaleState | null, data: MapData | null) {
  if (scale) return scale;
  const flowMax = fitted?.flowThickness?.domain[1] ?? 0;
  const circleMax = Math.max(
    0,
    ...(data?.places ?? []).map((p) => (p.involved.kind === 'shown' ? p.involved.value : 0)),
  );
  return { flowMax, circleMax };
}

/**
 * The map's legend, over the map: labelled flow widths, the colour ramp with ticks, labelled
 * circle sizes, the choropleth's classes and the disclosure rule. It folds to its title.
 */
export function MapLegend({ data, scale, fitted, policy, perCapitaOf, shading }: MapLegendProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const { flowMax, circleMax } = domains(scale, fitted, data);
  // Samples are scale values, not counts: none below the threshold, so none reads like a hidden
  // figure (rates per 100,000 are not counts and keep every sample).
  const floor = perCapitaOf ? 0 : policy.k;
  const widths = flowMax > 0 ? widthSamples(flowMax, floor) : [];
  const circles = circleMax > 0 ? circleSamples(circleMax, policy.k) : [];
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
  const stops = Array.from({ length: 11 }, (_, i) => flowColor((i / 10) * flowMax, flowMax));
  const maxRadius = circles.length > 0 ? circleRadiusPx(circleMax, circleMax) : 0;
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
            <div className="legend-caption legend-scale">
              {scale ? t('mapLegend.fixed') : t('mapLegend.fit')}
            </div>
            <ul>
              {widths.map((m) => (
                <li className="legend-row" key={m}>
                  <svg width="56" height="18" aria-hidden="true">
                    <line
                      x1="2"
                      y1="9"
                      x2="44"
                      y2="9"
                      stroke={flowColor(m, flowMax)}
                      strokeWidth={Math.max(1, flowThicknessPx(m, flowMax))}
                    />
                    <polygon points="44,3 55,9 44,15" fill={flowColor(m, flowMax)} />
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
                style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
              />
              <div className="legend-ticks">
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
                {circles.map((v) => {
                  const r = circleRadiusPx(v, circleMax);
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
