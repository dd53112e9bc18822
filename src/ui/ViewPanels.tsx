import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basemap } from '../map/basemap';
import { FlowMap } from '../map/FlowMap';
import type { MapView } from '../map/map-view';
import { datasetName } from '../state/use-datasets';
import type { Dashboard } from '../state/use-dashboard';
import { shownTab } from '../state/view-state';
import { CompareView } from './CompareView';
import { JusticePanel } from './JusticePanel';
import { SankeyPanel } from './SankeyPanel';
import { SqlPanel } from './SqlPanel';
import { TableView } from './TableView';

export interface ViewPanelsProps {
  d: Dashboard;
  basemap: Basemap | null;
  embed: boolean;
  /** A slide is shown: the map's type is large. */
  presenting: boolean;
  onMap: (view: MapView | null) => void;
  dark: boolean;
}

/** The view of the tab chosen over the map, and the map itself (always there, beneath). */
export function ViewPanels({ d, basemap, embed, presenting, onMap, dark }: ViewPanelsProps) {
  const { t } = useTranslation();
  const { dataset, view, state, dispatch, picture } = d;
  const { shade, filter } = state;
  const tab = shownTab(state.tab, dataset?.hasJustice === true);
  // A click on the place selected lets it go.
  const toggleSelected = useCallback(
    (place: string) => dispatch({ type: 'select', place: place === filter.place ? null : place }),
    [dispatch, filter.place],
  );
  return (
    <>
      {tab === 'compare' && view && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.compare')}>
          <CompareView
            // A link or slide that sets the shade starts the ranking afresh on its choice.
            key={`${shade.role}:${shade.perCapita}`}
            view={view}
            shade={shade}
            selected={filter.place}
            onSelect={toggleSelected}
          />
        </div>
      )}
      {tab === 'sectors' && view && (
        <SankeyPanel
          view={view}
          dataset={dataset}
          selected={filter.sectors}
          onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        />
      )}
      {tab === 'justice' && dataset && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.justice')}>
          <JusticePanel
            engine={d.data.engine}
            dataset={dataset}
            filter={filter}
            policy={d.policy}
            onSelect={toggleSelected}
          />
        </div>
      )}
      {tab === 'sql' && !embed && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.sql')}>
          {/* Closing the panel (threshold above 1) forgets its results. */}
          <SqlPanel
            key={d.policy.k === 1 ? 'open' : 'closed'}
            engine={d.data.engine}
            policy={d.policy}
            datasetId={dataset?.id ?? null}
            announce={d.data.announce}
          />
        </div>
      )}
      {tab === 'table' && view && dataset && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.table')}>
          <TableView view={view} datasetLabel={datasetName(dataset)} />
        </div>
      )}
      {basemap ? (
        <FlowMap
          basemap={basemap}
          data={picture.data}
          version={view?.version ?? 0}
          selected={filter.place}
          busy={d.busy}
          onSelect={(place) => dispatch({ type: 'select', place })}
          onDrawn={d.onDrawn}
          onScaleChange={picture.onScaleChange}
          scale={picture.scale}
          large={presenting}
          shading={picture.shading?.colors ?? null}
          onMap={onMap}
          frame={state.frame}
          onViewChange={(bounds) => dispatch({ type: 'moved', bounds })}
          dark={dark}
          covered={tab !== 'map'}
        />
      ) : (
        <div className="map" data-testid="map" data-ready="false" data-flows="0" />
      )}
    </>
  );
}
