import type { RefObject } from 'react';
import type { MapView } from '../map/map-view';
import { exportName } from '../export/names';
import type { Basemap } from '../map/basemap';
import { datasetName } from '../state/use-datasets';
import type { Dashboard } from '../state/use-dashboard';
import { viewTitle } from './EmbedLayout';
import { FocusControl } from './FocusControl';
import { MapExport } from './MapExport';
import { SelectedProfile } from './SelectedProfile';
import { ShadeControl } from './ShadeControl';
import { PHONE, useMedia } from './use-media';
import { ViewLegend } from './ViewLegend';
import { ViewPanels } from './ViewPanels';
import { ViewTabs } from './ViewTabs';
import { shownTab } from '../state/view-state';

export interface MapAreaProps {
  d: Dashboard;
  basemap: Basemap | null;
  presenting: boolean;
  mapView: RefObject<MapView | null>;
  onMap: (view: MapView | null) => void;
  dark: boolean;
}

/**
 * The main area: the tabs, the map's shading and export, the view of the tab chosen, and over
 * the map its legend and the selected country's profile, beside the map where the eye is.
 */
export function MapArea({ d, basemap, presenting, mapView, onMap, dark }: MapAreaProps) {
  const { dataset, state, dispatch, picture } = d;
  const { filter } = state;
  const justice = dataset?.hasJustice === true;
  const tab = shownTab(state.tab, justice);
  // On the phone the map has no room beside it: the profile follows in the sidebar below.
  const beside = useMedia(PHONE) === false;
  return (
    <main className="map-area">
      <ViewTabs
        tab={tab}
        justice={justice}
        onChange={(next) => dispatch({ type: 'tab', tab: next })}
      />
      {tab === 'map' && (
        <ShadeControl choice={state.shade} onChange={(shade) => dispatch({ type: 'shade', shade })}>
          {d.spansWorld && (
            <FocusControl
              focus={state.focus}
              spansWorld
              onChange={(focus) => dispatch({ type: 'focus', focus })}
            />
          )}
          {dataset && (
            <MapExport
              map={mapView}
              title={viewTitle(filter, dataset)}
              source={datasetName(dataset)}
              synthetic={dataset.synthetic}
              policy={d.policy}
              shading={picture.shadingKey}
              fileName={exportName('rutas-map', filter)}
              samples={picture.samples}
              perCapita={picture.perCapitaOf !== null}
            />
          )}
        </ShadeControl>
      )}
      <ViewPanels
        d={d}
        basemap={basemap}
        embed={false}
        presenting={presenting}
        onMap={onMap}
        dark={dark}
      />
      {tab === 'map' && (
        <div className="map-legend-slot">
          <ViewLegend d={d} embed={false} />
        </div>
      )}
      {tab === 'map' && beside && filter.place && !presenting && (
        <div className="place-beside">
          <SelectedProfile d={d} />
        </div>
      )}
    </main>
  );
}
