import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../i18n/format';
import { policyNote, type ResolvedPolicy } from '../domain/disclosure';
import { mapPng, type LegendEntry } from '../export/png';
import { FLOW_COLORS } from '../map/layers';
import { downloadBlob } from './download';
import { withTwin, type MapView } from '../map/twin';

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
}

/**
 * Buttons that save the map as a PNG with its title, legend, source and rule, at the screen's
 * pixel ratio or at twice it: the view is drawn again, hidden, at that ratio (map/twin.ts).
 */
export function MapExport({
  map,
  title,
  source,
  synthetic,
  policy,
  shading,
  fileName,
}: MapExportProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const save = async (ratio: 1 | 2) => {
    const view = map.current;
    if (!view) return;
    setBusy(true);
    try {
      const legend: LegendEntry[] = [
        {
          color: FLOW_COLORS[3]!,
          kind: 'line',
          label: t('mapExport.flows'),
        },
        {
          color: 'rgba(58, 96, 134, 0.5)',
          kind: 'circle',
          label: t('mapExport.circles'),
        },
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
      const blob = await withTwin(view, ratio * window.devicePixelRatio, (twin) =>
        mapPng(twin, frame),
      );
      downloadBlob(`${fileName}${ratio === 1 ? '' : '@2x'}.png`, blob);
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
    </div>
  );
}
