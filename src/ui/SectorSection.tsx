import { useTranslation } from 'react-i18next';
import { policyNote } from '../i18n/disclosure-text';
import type { Sector } from '../domain/sectors';
import { SEXES } from '../domain/types';
import { sexLabel } from '../i18n/labels';
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

/** Victims by sector, stacked by sex, with its key and its SVG/PNG export. */
export function SectorSection({ view, dataset, selected, dispatch }: SectorSectionProps) {
  const { t } = useTranslation();
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
          bars={view.published.sectors}
          selected={selected}
          onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        />
      </ChartExport>
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
}
