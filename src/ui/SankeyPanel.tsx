import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { policyNote } from '../i18n/disclosure-text';
import type { Sector } from '../domain/sectors';
import { exportName } from '../export/names';
import type { DatasetInfo, View } from '../state/use-dashboard';
import { ChartExport } from './ChartExport';
import { SectorSankey, sankeyNodeId } from './charts/SectorSankey';
import type { Disclosed } from '../domain/disclosure';
import { viewTitle } from './EmbedLayout';
import { useWidth } from './use-width';

/**
 * The published totals the chart's nodes carry: each sector's (the sector chart's bars, under the
 * same filters: every one but the sectors), and, when no sector is filtered on, each country's as
 * origin and as destination (under every filter: with a sector filtered on they would count the
 * chosen sectors only, while the chart shows all of them).
 */
function nodeTotals(view: View): Map<string, Disclosed> {
  const totals = new Map<string, Disclosed>();
  for (const s of view.published.sectors) totals.set(sankeyNodeId('sector', s.sector), s.victims);
  if (view.filter.sectors.length === 0) {
    for (const p of view.published.places) {
      totals.set(sankeyNodeId('origin', p.place), p.outgoing);
      totals.set(sankeyNodeId('destination', p.place), p.incoming);
    }
  }
  return totals;
}

/** The chart's widest layout; a narrower box gets one laid out for its width. */
const MAX_WIDTH = 720;

/**
 * The "Routes by sector" tab: the origin → sector → destination chart, laid out for the width
 * of its panel (a phone gets narrower label columns, not a chart to scroll sideways).
 */
export function SankeyPanel(props: {
  view: View;
  dataset: DatasetInfo | null;
  selected: readonly Sector[];
  onToggle: (sector: Sector) => void;
}) {
  const { view, dataset } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(300, Math.min(MAX_WIDTH, useWidth(box, MAX_WIDTH)));
  const totals = nodeTotals(view);
  return (
    <div className="table-panel" role="tabpanel" aria-label={t('tabs.sectors')} ref={box}>
      <h2>{t('sankey.title')}</h2>
      <ChartExport
        name={t('tabs.sectors')}
        fileName={exportName('rutas-routes-by-sector', view.filter)}
        caption={t('sankey.caption', {
          title: viewTitle(view.filter, dataset),
          note: policyNote(view.policy),
        })}
      >
        <SectorSankey
          links={view.published.sectorRoutes}
          selected={props.selected}
          onToggle={props.onToggle}
          width={width}
          labelPx={width < 560 ? Math.round(width * 0.26) : 130}
          totals={totals}
        />
      </ChartExport>
      <p className="hint">
        {t('sankey.hint')} {policyNote(view.policy)}
      </p>
    </div>
  );
}
