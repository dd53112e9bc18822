/**
 * The view of the state in force: the pipeline's first steps (state/view-pipeline) run for each
 * filter, dataset and policy, the last input winning. The figures come from the view index of
 * the dataset shown (data/view-index) once it is built, and until then from the engine, through
 * a cache kept for the dataset shown. From the index, a view is worked out in the task of the
 * change that asks for it, before the page paints again: one render and one frame per change.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DbConnector } from '../data/connector';
import { cachedConnector } from '../data/query-cache';
import { datasetConnector, DatasetReplaced } from '../data/shown-dataset';
import { indexedView, indexedViewNow, viewIndex } from '../data/view-index/view-index';
import type { ViewAggregates } from '../data/queries/view';
import type { ResolvedPolicy } from '../domain/disclosure';
import type { Filter } from '../domain/types';
import { t } from '../i18n';
import type { Basemap } from '../map/basemap';
import type { UpdateMeasures } from './update-measures';
import type { DatasetInfo } from './use-datasets';
import { querySpansWorld } from '../data/queries/world-span';
import { focusAggregates, resolveFocus, withRegionAnchors } from './focus';
import type { UrlFocus } from './url-state';
import { publishForMap, type View } from './view-pipeline';

/** Runs `task` when the page is next idle (after its frames are drawn). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 500);
}

/** What a view was asked for: a result for an older request is not the current one. */
interface Request {
  engine: DbConnector;
  filter: Filter;
  policy: ResolvedPolicy;
  focus: UrlFocus;
}

export interface CurrentView {
  view: View | null;
  /** True from a change until its view (or its error) is ready. */
  busy: boolean;
  /** The last view could not be queried: why. */
  error: string | null;
  /** The cached engine the views query (null until a dataset is shown). */
  engine: DbConnector | null;
  /** The dataset shown has flows with neither end in South America (null: not known yet). */
  spansWorld: boolean | null;
}

export function useView(
  db: DbConnector | null,
  dataset: DatasetInfo | null,
  basemap: Basemap | null,
  filter: Filter,
  policy: ResolvedPolicy,
  focus: UrlFocus,
  measures: UpdateMeasures,
): CurrentView {
  // A new cache for each dataset shown (and each engine, after a restart), answering for it only.
  const engine = useMemo(
    () => (db && dataset ? cachedConnector(datasetConnector(db, dataset.id)) : null),
    [db, dataset],
  );
  const seq = useRef(0);
  // Asked once per dataset (and engine): whether its flows span the world.
  const span = useMemo(() => (engine ? querySpansWorld(engine) : null), [engine]);
  const [spansWorld, setSpansWorld] = useState<{ engine: DbConnector; world: boolean }>();
  const anchors = useMemo(() => (basemap ? withRegionAnchors(basemap.anchors) : null), [basemap]);
  const [result, setResult] = useState<{
    request: Request;
    view: View | null;
    error: string | null;
  }>();
  const world = spansWorld?.engine === engine ? spansWorld.world : null;
  // A layout effect: a view worked out at once is rendered before the page paints.
  useLayoutEffect(() => {
    if (!engine || !anchors || !span) return;
    const request = { engine, filter, policy, focus };
    const version = ++seq.current;
    const measure = measures.take();
    let stale = false;
    const show = (aggregates: ViewAggregates) => {
      measures.queried(version, measure);
      const view = {
        ...publishForMap(aggregates, policy, anchors),
        filter,
        policy,
        version,
      };
      measures.published(measure);
      setResult({ request, view, error: null });
      // The view index, read from the engine once this view is on screen and the page idle.
      whenIdle(() => void viewIndex(engine));
    };
    // From the index, where the focus needs no query of the engine: at once.
    const now =
      world !== null && !resolveFocus(focus, world).region ? indexedViewNow(engine, filter) : null;
    if (now) {
      show(now);
      return;
    }
    Promise.all([indexedView(engine, filter), span])
      .then(async ([all, world]) => {
        if (stale) return;
        setSpansWorld({ engine, world });
        const aggregates = await focusAggregates(engine, filter, all, resolveFocus(focus, world));
        if (!stale) show(aggregates);
      })
      .catch((e: unknown) => {
        // Another dataset is being shown: its own view follows.
        if (stale || e instanceof DatasetReplaced) return;
        const message = e instanceof Error ? e.message : String(e);
        setResult((r) => ({
          request,
          view: r?.view ?? null,
          error: t('load.viewFailed', { message }),
        }));
      });
    return () => {
      stale = true;
    };
    // The world span is read inside, once known; its arrival alone asks for no new view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, anchors, span, filter, policy, focus, measures]);
  const r = result?.request;
  const current =
    r !== undefined &&
    r.engine === engine &&
    r.filter === filter &&
    r.policy === policy &&
    r.focus === focus;
  return {
    view: result?.view ?? null,
    busy: !current,
    error: current ? (result?.error ?? null) : null,
    engine,
    spansWorld: world,
  };
}
