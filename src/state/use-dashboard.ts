import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DbConnector } from '../data/connector';
import { LoadError, loadRutasCsv } from '../data/ingest/rutas-csv';
import { loadCanonicalParquet } from '../data/schema';
import { queryFlowLegs } from '../data/queries/flows';
import { queryPlaceTotals } from '../data/queries/places';
import { queryExtent, queryFilterSummary, type DatasetExtent } from '../data/queries/summary';
import { getEngine } from '../data/wasm-connector';
import { resolvePolicy, type ResolvedPolicy } from '../domain/disclosure';
import { publishView, type PublishedView } from '../domain/publish';
import type { Filter } from '../domain/types';
import type { Basemap } from '../map/basemap';
import { toMapData, type MapData } from '../map/map-data';
import { filterReducer, type FilterAction } from './filters';
import { endMeasure, startMeasure, type PendingMeasure } from './timing';

export interface DatasetInfo {
  id: string;
  label: string;
  synthetic: boolean;
  extent: DatasetExtent;
  /** The smallest disclosure threshold the dataset declares, if any. */
  disclosureFloor: number | null;
}

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
  dataset: DatasetInfo | null;
  filter: Filter;
  view: View | null;
  /** True from a filter change until its view is ready. */
  busy: boolean;
  /** Loads and errors in words, for the live region. */
  status: string;
  /** The last load failed: its message (what was loaded before stays loaded). */
  loadError: string | null;
  policy: ResolvedPolicy;
  dispatch: (action: FilterAction) => void;
  /** Sets (or, with null, clears) the analyst's own threshold. */
  setAnalystK: (k: number | null) => void;
  loadFile: (file: File) => Promise<void>;
  onDrawn: (version: number) => void;
}

const INITIAL_FILTER: Filter = { yearFrom: 0, yearTo: 0, sectors: [], place: null };

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The demo data could not be read (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

async function loadDemo(db: DbConnector, bytes: ArrayBuffer): Promise<DatasetInfo> {
  await loadCanonicalParquet(db, bytes, 'demo');
  return {
    id: 'demo',
    label: 'Synthetic demo data',
    synthetic: true,
    extent: await queryExtent(db),
    disclosureFloor: null,
  };
}

/** Loads a file the analyst picked (Rutas-format CSV or canonical Parquet). */
async function loadUserFile(db: DbConnector, file: File): Promise<DatasetInfo> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new LoadError(`${file.name} is empty.`);
  const isParquet = /\.parquet$/i.test(file.name);
  let disclosureFloor: number | null = null;
  if (isParquet) {
    await loadCanonicalParquet(db, bytes.buffer, 'upload');
  } else {
    ({ disclosureFloor } = await loadRutasCsv(db, bytes, file.name));
  }
  return {
    id: `file:${file.name}`,
    label: file.name,
    synthetic: false,
    extent: await queryExtent(db),
    disclosureFloor,
  };
}

function loadedStatus(info: DatasetInfo): string {
  return (
    `Loaded ${info.label}: ${info.extent.rows.toLocaleString('en')} rows read, ` +
    `${info.extent.yearMin}–${info.extent.yearMax}.`
  );
}

function errorStatus(e: unknown): string {
  return `Error: ${e instanceof Error ? e.message : String(e)}`;
}

/** The dashboard's state: engine, the loaded dataset, filters and the view they produce. */
export function useDashboard(
  basemap: Basemap | null,
  demoUrl: string,
  urlK: number | null,
): Dashboard {
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  const [analystK, setAnalystKState] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const policy = useMemo(
    () => resolvePolicy({ datasetFloor: dataset?.disclosureFloor ?? undefined, urlK, analystK }),
    [dataset, urlK, analystK],
  );
  const [filter, rawDispatch] = useReducer(filterReducer, INITIAL_FILTER);
  const [view, setView] = useState<View | null>(null);
  const [busy, setBusy] = useState(true);
  const [status, setStatus] = useState('Starting the database engine…');
  const db = useRef<DbConnector | null>(null);
  const requestSeq = useRef(0);
  const nextMeasure = useRef<PendingMeasure | undefined>(undefined);
  const measures = useRef(new Map<number, PendingMeasure>());

  useEffect(() => {
    let cancelled = false;
    const measure = startMeasure('rutas:load');
    (async () => {
      try {
        // The engine starts (seconds) while the data downloads.
        const [engine, bytes] = await Promise.all([
          getEngine().then((e) => (performance.mark('rutas:engine-ready'), e)),
          fetchBytes(demoUrl),
        ]);
        setStatus('Loading the synthetic demo data…');
        const info = await loadDemo(engine, bytes);
        performance.mark('rutas:data-loaded');
        if (cancelled) return;
        db.current = engine;
        nextMeasure.current = measure;
        setDataset(info);
        rawDispatch({ type: 'reset', yearMin: info.extent.yearMin, yearMax: info.extent.yearMax });
        setStatus(loadedStatus(info));
      } catch (e) {
        if (!cancelled) setStatus(errorStatus(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [demoUrl]);

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

  const loadFile = useCallback(async (file: File) => {
    const engine = db.current;
    if (!engine) return;
    const measure = startMeasure('rutas:load');
    setStatus(`Loading ${file.name}…`);
    try {
      const info = await loadUserFile(engine, file);
      nextMeasure.current = measure;
      setBusy(true);
      setLoadError(null);
      setAnalystKState(null);
      setDataset(info);
      rawDispatch({ type: 'reset', yearMin: info.extent.yearMin, yearMax: info.extent.yearMax });
      setStatus(loadedStatus(info));
    } catch (e) {
      const message = `${file.name} was not loaded: ${e instanceof Error ? e.message : String(e)}`;
      setLoadError(message);
      setStatus(`Error: ${message} The data loaded before is still shown.`);
    }
  }, []);

  useEffect(() => {
    const engine = db.current;
    if (!engine || !dataset || !basemap) return;
    const id = ++requestSeq.current;
    const measure = nextMeasure.current;
    nextMeasure.current = undefined;
    (async () => {
      try {
        const [legs, places, summary] = await Promise.all([
          queryFlowLegs(engine, filter),
          queryPlaceTotals(engine, filter),
          queryFilterSummary(engine, filter),
        ]);
        performance.mark('rutas:queried');
        // A newer filter was set while these ran: the last input wins.
        if (id !== requestSeq.current) return;
        if (measure) measures.current.set(id, measure);
        const published = publishView(legs, places, summary, policy);
        setView({
          published,
          map: toMapData(published, basemap.anchors),
          filter,
          policy,
          version: id,
        });
        setBusy(false);
      } catch (e) {
        if (id !== requestSeq.current) return;
        setStatus(errorStatus(e));
        setBusy(false);
      }
    })();
  }, [filter, dataset, basemap, policy]);

  const onDrawn = useCallback((version: number) => {
    endMeasure(measures.current.get(version));
    // Views replaced before they were drawn will never be: forget their measures too.
    for (const v of measures.current.keys()) if (v <= version) measures.current.delete(v);
  }, []);

  return {
    dataset,
    filter,
    view,
    busy,
    status,
    loadError,
    policy,
    dispatch,
    setAnalystK,
    loadFile,
    onDrawn,
  };
}
