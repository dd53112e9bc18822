import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { policyNote } from '../i18n/disclosure-text';
import type { Sector } from '../domain/sectors';
import { SEXES } from '../domain/types';
import { sectorLabel, sexLabel } from '../i18n/labels';
import { summariseSectors } from '../export/sector-summary';
import { exportName } from '../export/names';
import type { FilterAction } from '../state/filters';
import type { DatasetInfo, View } from '../state/use-dashboard';
import { ChartExport } from './ChartExport';
import { SEX_COLORS } from './palette';
import { SectorBars } from './charts/SectorBars';
import { viewTitle } from './EmbedLayout';

export interface SectorSectionProps {
  view: View;
  dataset: DatasetInfo | null;
  selected: readonly Sector[];
  dispatch: (action: FilterAction) => void;
}

/**
 * Victims by sector, stacked by sex, with its key and its SVG/PNG export: a bar for each sector
 * shown, the sectors with fewer than k victims (or withheld) named in a line below.
 */
export const SectorSection = memo(function SectorSection({
  view,
  dataset,
  selected,
  dispatch,
}: SectorSectionProps) {
  const { t } = useTranslation();
  // Bars for the sectors shown; the hidden and withheld ones named below (export/sector-summary).
  const rest = summariseSectors(view.published.sectors);
  const names = (kind: 'suppressed' | 'withheld') =>
    view.published.sectors
      .filter((s) => s.victims.kind === kind)
      .map((s) => sectorLabel(s.sector))
      .join(', ');
  const notShown = [
    ...(rest.few > 0 ? [t('sectorList.fewNamed', { k: rest.k, names: names('suppressed') })] : []),
    ...(rest.withheld > 0 ? [t('sectorList.withheldNamed', { names: names('withheld') })] : []),
  ];
  return (
    <section className="sectors" aria-labelledby="sectors-title">
      <h2 id="sectors-title">{t('sectorChart.title')}</h2>
      <ChartExport
        name={t('sectorChart.title')}
        fileName={exportName('rutas-sectors', view.filter)}
        caption={t('sectorChart.caption', {
          title: viewTitle(view.filter, dataset),
          note: policyNote(view.policy),
        })}
      >
        <SectorBars
          bars={rest.shown}
          selected={selected}
          onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        />
      </ChartExport>
      {notShown.map((line) => (
        <p key={line} className="hint sector-rest">
          {line}
        </p>
      ))}
      <ul className="sex-key" aria-label={t('sectorChart.key')}>
        {SEXES.map((sex) => (
          <li key={sex}>
            <span className="swatch" style={{ background: SEX_COLORS[sex] }} aria-hidden="true" />
            {sexLabel(sex)}
          </li>
        ))}
      </ul>
      <p className="hint">{t('sectorChart.hint')}</p>
    </section>
  );
});
