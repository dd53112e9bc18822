import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DemoView } from '../data/demo-view';
import { cachedConnector } from '../data/query-cache';
import { queryView } from '../data/queries/view';
import { resolvePolicy, type ResolvedPolicy } from '../domain/disclosure';
import { publishView, type PublishedView } from '../domain/publish';
import type { Filter } from '../domain/types';
import type { Basemap } from '../map/basemap';
import { toMapData, type MapData } from '../map/map-data';
import { filterReducer, type FilterAction } from './filters';
import { urlFilter, type UrlState } from './url-state';
import { endMeasure, startMeasure, type PendingMeasure } from './timing';
import { useDatasets, type Datasets, type DatasetInfo, type LoadSource } from './use-datasets';
import { useReferenceView } from './use-reference-view';
import { t } from '../i18n';

export type { DatasetInfo, LoadSource };

export interface View {
  /** Every figure of the view, as published (disclosure control applied). */
  published: PublishedView;
  map: MapData;
  /** The filter and policy the view was published under, for notes and exports. */
  filter: Filter;
  policy: ResolvedPolicy;
  version: number;
}

export interface Dashboard {
  /** The dataset shown. */
  dataset: DatasetInfo | null;
  data: Datasets;
  filter: Filter;
  view: View | null;
  /** The dataset's whole (every year, no filter), published: what fixes the map's scales. */
  reference: Pick<View, 'published' | 'map'> | null;
  /** True from a filter change until its view is ready. */
  busy: boolean;
  policy: ResolvedPolicy;
  /** The last view could not be queried: why. */
  queryError: string | null;
  dispatch: (action: FilterAction) => void;
  /** Sets (or, with null, clears) the analyst's own threshold. */
  setAnalystK: (k: number | null) => void;
  /** The link's view has been applied (or there was none): the URL may now follow the view. */
  urlApplied: boolean;
  /** What could not be used of the link (bad values), in words; cleared with clearUrlProblems. */
  urlProblems: string[];
  clearUrlProblems: () => void;
  onDrawn: (version: number) => void;
}

const INITIAL_FILTER: Filter = { yearFrom: 0, yearTo: 0, sectors: [], place: null };

/**
 * The view published ahead of time, once fetched (fetched at once, beside the basemap) and the
 * basemap is there; null if none was asked for, or it failed.
 */
function useEarlyView(url: string | null, basemap: Basemap | null): View | null {
  const [fetched, setFetched] = useState<DemoView | null>(null);
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    fetch(url)
      .then((r) => r.json() as Promise<DemoView>)
      .then((v) => !cancelled && setFetched(v))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [url]);
  return useMemo(() => {
    if (!fetched || !basemap) return null;
    const { published, filter } = fetched;
    const map = toMapData(published, basemap.anchors);
    return { published, map, filter, policy: resolvePolicy(), version: 0 };
  }, [fetched, basemap]);
}

/** The dashboard's state: engine, the loaded dataset, filters and the view they produce. */
export function useDashboard(
  basemap: Basemap | null,
  demoUrl: string,
  urlK: number | null,
  initialSource: LoadSource | null,
  initialUrl: { state: UrlState; problems: string[] } | null = null,
  /** A view published ahead of time (data/demo-view.json) to draw while the engine starts. */
  earlyViewUrl: string | null = null,
): Dashboard {
  const early = useEarlyView(earlyViewUrl, basemap);
  const pendingUrl = useRef(initialUrl);
  const [urlApplied, setUrlApplied] = useState(initialUrl === null);
  const [urlProblems, setUrlProblems] = useState<string[]>(initialUrl?.problems ?? []);
  const hasInitialSource = initialSource !== null;
  const [analystK, setAnalystKState] = useState<number | null>(null);
  const [filter, rawDispatch] = useReducer(filterReducer, INITIAL_FILTER);
  const [view, setView] = useState<View | null>(null);
  const [busy, setBusy] = useState(true);
  const [queryError, setQueryError] = useState<string | null>(null);
  const requestSeq = useRef(0);
  const nextMeasure = useRef<PendingMeasure | undefined>(undefined);
  const measures = useRef(new Map<number, PendingMeasure>());

  // A dataset shown: its own filters, the threshold back to its floor, and a load to measure.
  const onShown = useCallback(
    (info: DatasetInfo, measure: PendingMeasure | undefined) => {
      nextMeasure.current = measure;
      setBusy(true);
      setAnalystKState(null);
      rawDispatch({ type: 'reset', yearMin: info.extent.yearMin, yearMax: info.extent.yearMax });
      // The link's view applies to the dataset it names (?data=), else to the demo.
      const pending = pendingUrl.current;
      if (pending && (!hasInitialSource || info.id !== 'demo')) {
        pendingUrl.current = null;
        const problems: string[] = [];
        rawDispatch({ type: 'restore', filter: urlFilter(pending.state, info.extent, problems) });
        if (problems.length > 0) setUrlProblems((p) => [...p, ...problems]);
        setUrlApplied(true);
      }
    },
    [hasInitialSource],
  );
  const data = useDatasets(demoUrl, initialSource, onShown, earlyViewUrl !== null);
  const dataset = data.active;
  const policy = useMemo(
    () =>
      resolvePolicy({
        datasetFloor: dataset?.disclosureFloor ?? undefined,
        urlK,
        analystK,
        release: dataset?.protectedRelease,
      }),
    [dataset, urlK, analystK],
  );

  const dispatch = useCallback((action: FilterAction) => {
    nextMeasure.current = startMeasure('rutas:update');
    setBusy(true);
    rawDispatch(action);
  }, []);

  const setAnalystK = useCallback((k: number | null) => {
    nextMeasure.current = startMeasure('rutas:update');
    setBusy(true);
    setAnalystKState(k);
  }, []);

  // View queries answer from a cache kept for the dataset shown (a new one for each).
  const engine = useMemo(
    () => (data.engine && dataset ? cachedConnector(data.engine) : null),
    [data.engine, dataset],
  );
  useEffect(() => {
    if (!engine || !dataset || !basemap) return;
    const id = ++requestSeq.current;
    const measure = nextMeasure.current;
    nextMeasure.current = undefined;
    (async () => {
      try {
        const { legs, places, summary, charts } = await queryView(engine, filter);
        performance.mark('rutas:queried');
        // A newer filter was set while these ran: the last input wins.
        if (id !== requestSeq.current) return;
        if (measure) measures.current.set(id, measure);
        // The engine's share of an update, and the publishing's (the benchmark's breakdown).
        if (measure?.name === 'rutas:update') {
          performance.measure('rutas:update-query', { start: measure.mark });
        }
        const published = publishView(legs, places, summary, policy, charts);
        const map = toMapData(published, basemap.anchors);
        if (measure?.name === 'rutas:update') {
          performance.measure('rutas:update-publish', { start: 'rutas:queried' });
        }
        setView({ published, map, filter, policy, version: id });
        setQueryError(null);
        setBusy(false);
      } catch (e) {
        if (id !== requestSeq.current) return;
        setQueryError(
          t('load.viewFailed', { message: e instanceof Error ? e.message : String(e) }),
        );
        setBusy(false);
      }
    })();
  }, [engine, filter, dataset, basemap, policy]);

  const reference = useReferenceView(engine, dataset, basemap, policy);

  const onDrawn = useCallback((version: number) => {
    endMeasure(measures.current.get(version));
    // Views replaced before they were drawn will never be: forget their measures too.
    for (const v of measures.current.keys()) if (v <= version) measures.current.delete(v);
  }, []);

  const clearUrlProblems = useCallback(() => setUrlProblems([]), []);
  return {
    dataset,
    data,
    filter,
    // Until the engine's first view, the one published ahead of time (busy stays true: the map
    // draws it, but does not say the current state is ready).
    view: view ?? early,
    // The view published ahead of time is the demo's whole: it fixes the scales until then.
    reference: reference ?? (!dataset || dataset.id === 'demo' ? early : null),
    busy,
    policy,
    queryError,
    dispatch,
    setAnalystK,
    onDrawn,
    urlApplied,
    urlProblems,
    clearUrlProblems,
  };
}
