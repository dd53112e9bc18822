import { useState, type RefObject } from 'react';
import { policyNote, type ResolvedPolicy } from '../domain/disclosure';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapPng, type LegendEntry } from '../export/png';
import { FLOW_COLORS } from '../map/layers';
import { downloadBlob } from './download';

export interface MapExportProps {
  map: RefObject<MapLibreMap | null>;
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

/** Buttons that save the map, as drawn, as a PNG with its title, legend, source and rule. */
export function MapExport({
  map,
  title,
  source,
  synthetic,
  policy,
  shading,
  fileName,
}: MapExportProps) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const m = map.current;
    if (!m) return;
    setBusy(true);
    try {
      const legend: LegendEntry[] = [
        {
          color: FLOW_COLORS[3]!,
          kind: 'line',
          label: 'Flows, origin → destination: width and colour by victims',
        },
        {
          color: 'rgba(58, 96, 134, 0.5)',
          kind: 'circle',
          label: 'Circles: victims whose route touches the country',
        },
      ];
      if (shading) {
        legend.push(
          ...shading.classes.map((c) => ({
            color: c.color,
            kind: 'square' as const,
            label: `${c.from.toLocaleString('en')}–${c.to.toLocaleString('en')}`,
          })),
        );
      }
      const date = new Date().toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      const blob = await mapPng(m, {
        title,
        legend,
        source:
          `Source: ${source}${synthetic ? ' (synthetic demo data, not real cases)' : ''}` +
          `${shading ? ` · Countries shaded by ${shading.label}` : ''} · Rutas · ${date}`,
        note:
          `${policyNote(policy)} Legs below the threshold are not drawn.` +
          (policy.lowered ? ' WARNING: small counts are visible (threshold lowered by hand).' : ''),
      });
      downloadBlob(`${fileName}.png`, blob);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-export" role="group" aria-label="Export the map">
      <button type="button" disabled={busy} onClick={() => void save()}>
        Export map as PNG
      </button>
    </div>
  );
}
