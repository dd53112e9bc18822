/**
 * The engine and the datasets in it: the bundled demo, files the analyst drops or picks, and a
 * same-origin `?data=` path. Files are read in a worker (cancellable), stored as their own table,
 * and shown by making that table `cases`; a load that fails leaves everything as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EngineFailed, type DbConnector } from '../data/connector';
import { ENGINE_READ_BYTES, importThroughEngine } from '../data/ingest/engine-import';
import {
  convertGroupedInWorker,
  importInWorker,
  LoadCancelled,
  type ImportJob,
} from '../data/ingest/import-client';
import type { GroupedRead } from '../data/ingest/grouped-rows';
import { NeedsMapping, type ColumnMapping } from '../data/ingest/importers';
import { queryExtent } from '../data/queries/summary';
import { datasetTable, canonicalParquetToCsv } from '../data/schema';
import { getEngine, type ClosableEngine } from '../data/wasm-connector';
import { useReaderEngines } from './use-reader-engine';
import { useEngineRestart } from './use-engine-restart';
import { useStable } from './use-stable';
import { savedMapping, saveMapping } from './saved-mappings';
import { startMeasure, type PendingMeasure } from './timing';
import { t } from '../i18n';
import { datasetName, loadedStatus, type DatasetInfo } from './dataset-info';
import { firstPaint } from './first-paint';
import { dropTables, showTables, storeTables, type DatasetTexts } from './dataset-tables';
import { dataPathSource, fetchSource, type LoadSource, type MappingRequest } from './load-source';

export { datasetName, dataPathSource };
export type { DatasetInfo, LoadSource, MappingRequest };

export interface Datasets {
  engine: DbConnector | null;
  datasets: DatasetInfo[];
  active: DatasetInfo | null;
  /**
   * A load in progress: its file name, and a way to cancel it until the file is read and stored
   * (null after: building its views' tables cannot be stopped, and the file is then shown).
   * `id` tells one load from the next.
   */
  loading: { id: number; name: string; cancel: (() => void) | null } | null;
  /** How much of the loading file has been read (0–1), once the reader says. */
  loadProgress: number | null;
  /** The last load failed: its message (what was loaded before stays loaded). */
  loadError: string | null;
  /** Loads and errors in words, for the live region. */
  status: string;
  /** A file no importer recognised, waiting for the analyst to map its columns. */
  mappingRequest: MappingRequest | null;
  load: (source: LoadSource) => Promise<void>;
  /**
   * The analyst is reaching for a file (the picker opened, files dragged over the page): the
   * engine that reads large files starts ahead (a second or more), and is closed if unused.
   */
  expectFile: () => void;
  /** Loads the waiting file with a mapping (kept for files with the same header if `keep`). */
  loadMapped: (mapping: ColumnMapping, keep: boolean) => Promise<void>;
  cancelMapping: () => void;
  select: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Says something in the status line (what the engine did about an analyst's query). */
  announce: (message: string) => void;
}

/**
 * `onShown(info, measure)` is called whenever a dataset becomes the one shown, with the
 * `rutas:load` measure to end once it is drawn.
 */
/** The longest the engine and the demo wait for the early view's first paint. */
const FIRST_PAINT_WAIT_MS = 8000;

export function useDatasets(
  demoUrl: string,
  initialSource: LoadSource | null,
  onShown: (info: DatasetInfo, measure: PendingMeasure | undefined) => void,
  deferDemo = false,
): Datasets {
  const [engine, setEngine] = useState<DbConnector | null>(null);
  const [datasets, setDatasets] = useState<DatasetInfo[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [loading, setLoading] = useState<Datasets['loading']>(null);
  const [loadProgress, setLoadProgress] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState(() => t('load.starting'));
  const [mappingRequest, setMappingRequest] = useState<MappingRequest | null>(null);
  /** A file dropped before the engine was ready, read once it is. */
  const waiting = useRef<LoadSource | null>(null);
  /** The engines that read large files, one started ahead when the analyst reaches for one. */
  const readers = useReaderEngines();
  const seq = useRef(0);
  const loadSeq = useRef(0);
  /**
   * Each stored dataset's texts, kept so that an engine that dies can be given them again (the
   * same texts its tables were stored from; removed with the dataset).
   */
  const stored = useRef(new Map<string, DatasetTexts>());
  const activeRef = useRef<string | null>(null);
  useEffect(() => {
    activeRef.current = activeId;
  }, [activeId]);
  const shown = useRef(onShown);
  useEffect(() => {
    shown.current = onShown;
  }, [onShown]);

  const show = useCallback(
    async (db: DbConnector, info: Omit<DatasetInfo, 'extent'>, measure?: PendingMeasure) => {
      await showTables(db, info.id);
      // Rows as stored, before the cube aggregates them.
      const full = { ...info, extent: await queryExtent(db, datasetTable(info.id)) };
      setDatasets((list) =>
        list.some((d) => d.id === full.id)
          ? list.map((d) => (d.id === full.id ? full : d))
          : [...list, full],
      );
      setActiveId(full.id);
      setStatus(loadedStatus(full));
      shown.current(full, measure);
    },
    [],
  );

  const loadWith = useCallback(
    async (db: DbConnector, source: LoadSource, mapping?: ColumnMapping): Promise<void> => {
      const measure = startMeasure('rutas:load');
      let job: ImportJob | null = null;
      let reader: Promise<ClosableEngine> | null = null;
      let cancelled = false;
      const cancel = () => {
        cancelled = true;
        job?.cancel();
        void reader?.then((r) => r.close());
      };
      const loadId = ++loadSeq.current;
      setLoading({ id: loadId, name: source.name, cancel });
      setLoadProgress(null);
      setStatus(t('load.loadingFile', { name: source.name }));
      const convert = async (m: ColumnMapping | undefined) => {
        const bytes = await source.bytes();
        if (cancelled) throw new LoadCancelled(t('load.cancelled', { name: source.name }));
        job = importInWorker(source.name, bytes, m, setLoadProgress);
        return job.result;
      };
      try {
        let converted: Awaited<ImportJob['result']> | null = null;
        if (!mapping && source.blob && source.blob.size >= ENGINE_READ_BYTES) {
          // Read by an engine of its own, closed after: the read's memory goes with it.
          const openReader = () => (reader = readers.take());
          try {
            // Its grouped rows are converted in the import worker, their memory going with it.
            const convert = (read: GroupedRead) => {
              job = convertGroupedInWorker(read);
              return job.result;
            };
            converted = await importThroughEngine(openReader, source.name, source.blob, {
              convert,
            });
          } catch (e) {
            if (cancelled) throw new LoadCancelled(t('load.cancelled', { name: source.name }));
            throw e;
          } finally {
            void (reader as Promise<ClosableEngine> | null)?.then((r) => r.close());
          }
        }
        try {
          converted ??= await convert(mapping);
        } catch (e) {
          // A header mapped by hand before: read it the same way again.
          const saved = e instanceof NeedsMapping && !mapping ? savedMapping(e.header) : null;
          if (!saved) throw e;
          converted = await convert(saved);
          converted.report.notes.push(t('load.savedMapping'));
        }
        const { csv, justiceCsv, report } = converted;
        const id = `file${++seq.current}`;
        await storeTables(db, id, { csv, justiceCsv });
        stored.current.set(id, { csv, justiceCsv });
        if (cancelled) {
          stored.current.delete(id);
          await dropTables(db, id);
          throw new LoadCancelled(t('load.cancelled', { name: source.name }));
        }
        // From here the load runs to its end: no Cancel that would be ignored.
        setLoading({ id: loadId, name: source.name, cancel: null });
        setStatus(t('load.preparingViews', { name: source.name }));
        setLoadError(null);
        await show(
          db,
          {
            id,
            label: source.name,
            synthetic: false,
            disclosureFloor: report.disclosureFloor,
            protectedRelease: report.protectedRelease,
            served: source.served === true,
            report,
            hasJustice: Boolean(justiceCsv),
          },
          measure,
        );
      } catch (e) {
        if (e instanceof NeedsMapping) {
          const { message, header, preview, guess } = e;
          setMappingRequest({ source, message, header, preview, guess });
          setStatus(t('load.mapThem', { name: source.name }));
          return;
        }
        const message =
          e instanceof LoadCancelled
            ? e.message
            : t('load.notLoaded', {
                name: source.name,
                message: e instanceof Error ? e.message : String(e),
              });
        setLoadError(e instanceof LoadCancelled ? null : message);
        setStatus(
          e instanceof LoadCancelled
            ? t('load.cancelledFailed', { message })
            : t('load.failed', { message }),
        );
      } finally {
        // A reader started ahead for this file, which did not need one.
        readers.release();
        setLoading(null);
        setLoadProgress(null);
      }
    },
    [show, readers],
  );

  useEffect(() => {
    let cancelled = false;
    const measure = startMeasure('rutas:load');
    (async () => {
      try {
        // Where a view published ahead of time is drawn first, the engine's start (seconds of
        // wasm compiling on every core) and the demo's conversion (the main thread) wait for
        // its flows to be on screen; otherwise the engine starts while the demo downloads.
        const painted = deferDemo ? firstPaint(FIRST_PAINT_WAIT_MS) : Promise.resolve();
        const [db, csv] = await Promise.all([
          painted.then(getEngine).then((e) => (performance.mark('rutas:engine-ready'), e)),
          fetchSource(demoUrl, t('load.demoData')).then(async (bytes) => {
            await painted;
            return canonicalParquetToCsv(bytes);
          }),
        ]);
        if (cancelled) return;
        setStatus(t('load.loadingDemo'));
        await storeTables(db, 'demo', { csv });
        stored.current.set('demo', { csv });
        performance.mark('rutas:data-loaded');
        if (cancelled) return;
        setEngine(db);
        const demo = {
          id: 'demo',
          label: 'Synthetic demo data',
          synthetic: true,
          disclosureFloor: null,
          protectedRelease: false,
          served: false,
          report: null,
          hasJustice: false,
        };
        if (initialSource) {
          await show(db, demo);
          await loadWith(db, initialSource);
        } else {
          await show(db, demo, measure);
        }
        const dropped = waiting.current;
        waiting.current = null;
        if (dropped && !cancelled) await loadWith(db, dropped);
      } catch (e) {
        if (!cancelled)
          setStatus(t('load.error', { message: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      cancelled = true;
    };
    // The initial source is read once, at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [demoUrl]);

  useEngineRestart(engine, stored, activeRef, setEngine, setStatus);

  const load = useCallback(
    async (source: LoadSource) => {
      if (engine) return loadWith(engine, source);
      // A file dropped before the engine has started (it waits for the first paint) is read
      // once it has, after the demo (the last one dropped, if several).
      waiting.current = source;
      setStatus(t('load.waitingForEngine', { name: source.name }));
    },
    [engine, loadWith],
  );

  const expectFile = useCallback(() => {
    if (engine) readers.expect();
  }, [engine, readers]);

  const loadMapped = useCallback(
    async (mapping: ColumnMapping, keep: boolean) => {
      if (!engine || !mappingRequest) return;
      if (keep) saveMapping(mappingRequest.header, mapping);
      setMappingRequest(null);
      await loadWith(engine, mappingRequest.source, mapping);
    },
    [engine, mappingRequest, loadWith],
  );

  const cancelMapping = useCallback(() => {
    setMappingRequest(null);
    setStatus(t('load.cancelledKept'));
  }, []);

  const select = useCallback(
    async (id: string) => {
      const info = datasets.find((d) => d.id === id);
      if (!engine || !info || id === activeId) return;
      try {
        await show(engine, info, startMeasure('rutas:load'));
      } catch (e) {
        // An engine that died is restarted with the datasets, and says so (use-engine-restart).
        if (e instanceof EngineFailed) return;
        setStatus(t('load.failed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [engine, datasets, activeId, show],
  );

  const remove = useCallback(
    async (id: string) => {
      if (!engine || id === 'demo') return;
      if (id === activeId) await select('demo');
      await dropTables(engine, id);
      stored.current.delete(id);
      setDatasets((list) => list.filter((d) => d.id !== id));
    },
    [engine, activeId, select],
  );

  const active = datasets.find((d) => d.id === activeId) ?? null;
  // The same object while nothing in it changes: the parts that show it skip a filter's renders.
  return useStable({
    engine,
    datasets,
    active,
    loading,
    loadProgress,
    loadError,
    status,
    mappingRequest,
    load,
    expectFile,
    loadMapped,
    cancelMapping,
    select,
    remove,
    announce: setStatus,
  });
}
