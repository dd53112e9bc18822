import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { policyNote } from '../i18n/disclosure-text';
import type { Sector } from '../domain/sectors';
import { exportName } from '../export/names';
import type { DatasetInfo, View } from '../state/use-dashboard';
import { ChartExport } from './ChartExport';
import { SectorSankey } from './charts/SectorSankey';
import { viewTitle } from './EmbedLayout';
import { useWidth } from './use-width';

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
        />
      </ChartExport>
      <p className="hint">
        {t('sankey.hint')} {policyNote(view.policy)}
      </p>
    </div>
  );
}
