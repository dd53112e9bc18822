import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { language } from '../i18n';
import type { Dashboard } from '../state/use-dashboard';
import { demoDeckUrl, type Presentation } from '../state/use-presentation';
import { viewLink } from '../state/view-state';
import { DatasetList } from './DatasetList';
import { DeckPanel } from './DeckPanel';
import { FilterChips } from './FilterChips';
import { FilterControls } from './FilterControls';
import { LinkNotice } from './LinkNotice';
import { LoadData } from './LoadData';
import { SelectedProfile } from './SelectedProfile';
import { PlaceSelect } from './PlaceSelect';
import { SectorSection } from './SectorSection';
import { ThresholdControl } from './ThresholdControl';
import { PHONE, useMedia } from './use-media';
import { ViewSummary } from './ViewSummary';

/** The side panel: data, filters, the view's summary, the threshold and the slides. */
export function Sidebar({ d, presentation }: { d: Dashboard; presentation: Presentation }) {
  const { t } = useTranslation();
  const { dataset, view, state, dispatch } = d;
  const { filter } = state;
  const phone = useMedia(PHONE);
  const besideMap = state.tab === 'map' && !phone;
  const places = useMemo(() => view?.published.places.map((p) => p.place) ?? [], [view]);
  const select = useCallback(
    (place: string | null) => dispatch({ type: 'select', place }),
    [dispatch],
  );
  const setThreshold = useCallback(
    (k: number | null) => dispatch({ type: 'analystK', k }),
    [dispatch],
  );
  return (
    <aside className="sidebar" aria-label={t('app.sidebar')}>
      <LinkNotice problems={state.problems} onDismiss={() => dispatch({ type: 'clearProblems' })} />
      <LoadData data={d.data} />
      <DatasetList data={d.data} />
      {dataset && (
        <FilterChips
          filter={filter}
          yearMin={dataset.extent.yearMin}
          yearMax={dataset.extent.yearMax}
          dispatch={dispatch}
        />
      )}
      {view && <ViewSummary published={view.published} />}
      {dataset ? (
        <FilterControls
          extent={dataset.extent}
          filter={filter}
          years={view?.published.years ?? null}
          dispatch={dispatch}
        />
      ) : (
        <p className="hint">{t('app.filtersLater')}</p>
      )}
      {view && <PlaceSelect places={places} selected={filter.place} onSelect={select} />}
      {view && view.published.sectors.length > 0 && (
        <SectorSection
          view={view}
          dataset={dataset}
          selected={filter.sectors}
          dispatch={dispatch}
        />
      )}
      {/* On the map, the profile opens beside it (MapArea); over other views and on the phone,
          here. */}
      {filter.place && !besideMap && <SelectedProfile d={d} />}
      <ThresholdControl policy={d.policy} onChange={setThreshold} />
      {dataset && (
        <DeckPanel
          deck={presentation.deck}
          problems={presentation.problems}
          onAdd={(title, note) =>
            presentation.add({ title, note, view: viewLink('', state, dataset.extent) })
          }
          onRemove={presentation.remove}
          onPresent={presentation.start}
          onLoad={presentation.loadFile}
          onLoadDemo={
            dataset.synthetic ? () => presentation.loadUrl(demoDeckUrl(language())) : null
          }
        />
      )}
    </aside>
  );
}
