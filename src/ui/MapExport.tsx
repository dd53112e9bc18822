import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../i18n/format';
import { type ResolvedPolicy } from '../domain/disclosure';
import { policyNote } from '../i18n/disclosure-text';
import { canvasPng, mapCanvas, type LegendEntry } from '../export/png';
import type { LegendSamples } from '../map/legend-samples';
import { downloadBlob } from './download';
import type { MapView } from '../map/map-view';
import { snapshot } from '../map/snapshot';

export interface MapExportProps {
  map: RefObject<MapView | null>;
  title: string;
  /** The dataset's name, and whether it is the synthetic demo. */
  source: string;
  synthetic: boolean;
  policy: ResolvedPolicy;
  /** The choropleth's classes and what they shade by, if the map is shaded. */
  shading: { label: string; classes: { color: string; from: number; to: number }[] } | null;
  /** A base for file names, e.g. "rutas-map-2015-2023-mining". */
  fileName: string;
  /** The legend's samples, as the overlay shows them; rates when widths are per 100,000. */
  samples: LegendSamples;
  perCapita: boolean;
}

/**
 * Buttons that save the map as a PNG with its title, legend, source and rule, at the screen's
 * pixel ratio or at twice it: the map on screen is drawn again at that ratio, in the light
 * theme, and back within one task (map/snapshot.ts), so the screen never shows it.
 */
export function MapExport({
  map,
  title,
  source,
  synthetic,
  policy,
  shading,
  fileName,
  samples,
  perCapita,
}: MapExportProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const save = async (ratio: 1 | 2) => {
    const view = map.current;
    if (!view) return;
    setBusy(true);
    setFailed(false);
    try {
      const number = (v: number) =>
        perCapita ? formatNumber(v, { maximumFractionDigits: 2 }) : formatNumber(Math.round(v));
      // Labelled samples of the widths and the circles, as on the map.
      const legend: LegendEntry[] = [
        { color: 'rgba(0, 0, 0, 0)', kind: 'square', label: t('mapExport.flows') },
        ...samples.widths.map((w) => ({
          color: w.color,
          kind: 'line' as const,
          label: number(w.magnitude),
          sizePx: w.widthPx,
        })),
        { color: 'rgba(0, 0, 0, 0)', kind: 'square', label: t('mapExport.circles') },
        ...samples.circles.map((c) => ({
          color: 'rgba(58, 96, 134, 0.5)',
          kind: 'circle' as const,
          label: formatNumber(c.value),
          sizePx: c.radiusPx,
        })),
      ];
      if (shading) {
        legend.push(
          ...shading.classes.map((c) => ({
            color: c.color,
            kind: 'square' as const,
            label:
              c.to === c.from
                ? formatNumber(c.from)
                : `${formatNumber(c.from)}–${formatNumber(c.to)}`,
          })),
        );
      }
      const date = formatDate(new Date());
      const frame = {
        title,
        legend,
        source:
          t('mapExport.source', { source }) +
          (synthetic ? t('mapExport.synthetic') : '') +
          (shading ? t('mapExport.shadedBy', { what: shading.label }) : '') +
          ` · Rutas · ${date}`,
        note:
          `${policyNote(policy)} ${t('mapExport.notDrawn')}` +
          (policy.lowered ? ` ${t('mapExport.warning')}` : ''),
      };
      // The map on screen, drawn again at the ratio asked and in the light theme (map/snapshot).
      const canvas = snapshot(view, ratio * window.devicePixelRatio, (m) => mapCanvas(m, frame));
      const blob = await canvasPng(canvas);
      downloadBlob(`${fileName}${ratio === 1 ? '' : '@2x'}.png`, blob);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-export" role="group" aria-label={t('mapExport.group')}>
      <button type="button" disabled={busy} onClick={() => void save(1)}>
        {t('mapExport.button')}
      </button>
      <button type="button" disabled={busy} onClick={() => void save(2)}>
        {t('mapExport.button2x')}
      </button>
      {failed && <span role="alert">{t('chartExport.failed')}</span>}
    </div>
  );
}
