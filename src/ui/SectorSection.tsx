import { SEX_LABELS } from '../domain/demographics';
import { policyNote } from '../domain/disclosure';
import type { Sector } from '../domain/sectors';
import { SEXES } from '../domain/types';
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
  return (
    <section className="sectors" aria-labelledby="sectors-title">
      <h2 id="sectors-title">Victims by sector</h2>
      <ChartExport
        name="Victims by sector"
        fileName={exportName('rutas-sectors', view.filter)}
        caption={`${viewTitle(view.filter, dataset)}, by sector. ${policyNote(view.policy)}`}
      >
        <SectorBars
          bars={view.published.sectors}
          selected={selected}
          onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        />
      </ChartExport>
      <ul className="sex-key" aria-label="Colours of the bars">
        {SEXES.map((sex) => (
          <li key={sex}>
            <span className="swatch" style={{ background: SEX_COLORS[sex] }} aria-hidden="true" />
            {SEX_LABELS[sex]}
          </li>
        ))}
      </ul>
      <p className="hint">
        Click a sector to filter by it. A case in several sectors counts in each. Parts below the
        threshold are not drawn: the pale rest of a bar.
      </p>
    </section>
  );
}
