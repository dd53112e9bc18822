/**
 * The dashboard: the engine and datasets, the one view state (view-state.ts), and the view it
 * produces through the pipeline (view-pipeline.ts), ready for the map and the panels.
 */
import { useCallback, useMemo, useReducer, useState } from 'react';
import { resolvePolicy, type ResolvedPolicy } from '../domain/disclosure';
import { language } from '../i18n';
import type { Basemap } from '../map/basemap';
import { startMeasure, type PendingMeasure } from './timing';
import { useUpdateMeasures } from './update-measures';
import type { PageParams } from './page-params';
import {
  dataPathSource,
  useDatasets,
  type Datasets,
  type DatasetInfo,
  type LoadSource,
} from './use-datasets';
import { useEarlyView } from './use-early-view';
import { useMapPicture, type MapPicture } from './use-map-picture';
import { useReferenceView } from './use-reference-view';
import { useUrlSync } from './use-url-sync';
import { useView } from './use-view';
import type { PublishedMapView, View } from './view-pipeline';
import { initialViewState, viewReducer, type ViewAction, type ViewState } from './view-state';

export type { DatasetInfo, LoadSource, View };

export interface Dashboard {
  /** The dataset shown. */
  dataset: DatasetInfo | null;
  data: Datasets;
  /** The view state: filter, tab, shade, frame, threshold, the link's problems. */
  state: ViewState;
  dispatch: (action: ViewAction) => void;
  view: View | null;
  /** The dataset's whole (every year, no filter), published: what fixes the map's scales. */
  reference: PublishedMapView | null;
  /** The map's picture of the view: flows, scales, choropleth, legend samples. */
  picture: MapPicture;
  /** True from a change until its view is ready. */
  busy: boolean;
  /** The dataset shown spans the world (its flows can be focused on South America). */
  spansWorld: boolean;
  policy: ResolvedPolicy;
  /** The last view could not be queried: why. */
  queryError: string | null;
  onDrawn: (version: number) => void;
}

/** Actions that leave the figures as they are (no query, nothing to measure). */
const SAME_FIGURES = new Set<ViewAction['type']>(['tab', 'shade', 'moved', 'clearProblems']);

export function useDashboard(
  basemap: Basemap | null,
  demoUrl: string,
  page: PageParams,
  /** A view published ahead of time (data/demo-view.json) to draw while the engine starts. */
  earlyViewUrl: string | null = null,
): Dashboard {
  const [initialSource] = useState(() =>
    page.data ? dataPathSource(page.data, window.location.origin) : null,
  );
  const [state, rawDispatch] = useReducer(viewReducer, null, () =>
    initialViewState(window.location.search, initialSource !== null),
  );
  const measures = useUpdateMeasures();
  const dispatch = useCallback(
    (action: ViewAction) => {
      if (!SAME_FIGURES.has(action.type)) measures.begin(startMeasure('rutas:update'));
      rawDispatch(action);
    },
    [measures],
  );
  // A dataset shown: its own filters, the threshold back to its floor, and a load to measure.
  const onShown = useCallback(
    (info: DatasetInfo, measure: PendingMeasure | undefined) => {
      measures.begin(measure);
      rawDispatch({ type: 'datasetShown', id: info.id, extent: info.extent });
    },
    [measures],
  );
  const data = useDatasets(demoUrl, initialSource, onShown, earlyViewUrl !== null);
  const dataset = data.active;
  const policy = useMemo(
    () =>
      resolvePolicy({
        datasetFloor: dataset?.disclosureFloor ?? undefined,
        urlK: page.k,
        analystK: state.analystK,
        release: dataset?.protectedRelease,
      }),
    [dataset, page.k, state.analystK],
  );
  const current = useView(
    data.engine,
    dataset,
    basemap,
    state.filter,
    policy,
    state.focus,
    measures,
  );
  const reference = useReferenceView(current.engine, dataset, basemap, policy);
  const early = useEarlyView(earlyViewUrl, basemap);
  // Until the engine's first view, the one published ahead of time (busy stays true: the map
  // draws it, but does not say the current state is ready). It is the demo's whole, so it
  // fixes the scales until the reference view comes.
  const view = current.view ?? early;
  const fixing = reference ?? (!dataset || dataset.id === 'demo' ? early : null);
  const picture = useMapPicture(view, fixing, state.shade, policy);
  useUrlSync(state, dataset, language(), dispatch);
  return {
    dataset,
    data,
    state,
    dispatch,
    view,
    reference: fixing,
    picture,
    busy: current.busy,
    spansWorld: current.spansWorld === true,
    policy,
    queryError: current.error,
    onDrawn: measures.drawn,
  };
}
