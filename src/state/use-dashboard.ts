import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { DbConnector } from '../data/connector';
import { loadCanonicalParquet } from '../data/schema';
import { queryFlowLegs } from '../data/queries/flows';
import { queryPlaceTotals } from '../data/queries/places';
import { queryExtent, queryFilterSummary, type DatasetExtent } from '../data/queries/summary';
import { getEngine } from '../data/wasm-connector';
import { DEFAULT_POLICY, disclose, type Disclosed } from '../domain/disclosure';
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
}

export interface View {
  map: MapData;
  victims: Disclosed;
  unplaced: Disclosed;
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
  dispatch: (action: FilterAction) => void;
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
  };
}

function errorStatus(e: unknown): string {
  return `Error: ${e instanceof Error ? e.message : String(e)}`;
}

/** The dashboard's state: engine, the loaded dataset, filters and the view they produce. */
export function useDashboard(basemap: Basemap | null, demoUrl: string): Dashboard {
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
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
        setStatus(
          `Loaded ${info.label}: ${info.extent.rows.toLocaleString('en')} rows read, ` +
            `${info.extent.yearMin}–${info.extent.yearMax}.`,
        );
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
        setView({
          map: toMapData(legs, places, basemap.anchors, DEFAULT_POLICY),
          victims: disclose(summary.victims, DEFAULT_POLICY),
          unplaced: disclose(summary.unplaced, DEFAULT_POLICY),
          version: id,
        });
        setBusy(false);
      } catch (e) {
        if (id !== requestSeq.current) return;
        setStatus(errorStatus(e));
        setBusy(false);
      }
    })();
  }, [filter, dataset, basemap]);

  const onDrawn = useCallback((version: number) => {
    endMeasure(measures.current.get(version));
    // Views replaced before they were drawn will never be: forget their measures too.
    for (const v of measures.current.keys()) if (v <= version) measures.current.delete(v);
  }, []);

  return { dataset, filter, view, busy, status, dispatch, onDrawn };
}
