/**
 * The `rutas:*` User Timing of view updates and loads (see timing.ts), kept apart from the view's
 * logic: an action that will change the view begins a measure, the view's query takes it, and it
 * ends once that view is drawn.
 */
import { useMemo, useRef } from 'react';
import { endMeasure, type PendingMeasure } from './timing';

export interface UpdateMeasures {
  /** The next view's measure (an update or a load). */
  begin: (measure: PendingMeasure | undefined) => void;
  /** The measure of the view about to be queried, taken once. */
  take: () => PendingMeasure | undefined;
  /** The view `version` has its figures from the engine. */
  queried: (version: number, measure: PendingMeasure | undefined) => void;
  /** The view `version` is published and placed on the map. */
  published: (measure: PendingMeasure | undefined) => void;
  /** The view `version` is on screen. */
  drawn: (version: number) => void;
}

export function useUpdateMeasures(): UpdateMeasures {
  const next = useRef<PendingMeasure | undefined>(undefined);
  const byVersion = useRef(new Map<number, PendingMeasure>());
  return useMemo(
    () => ({
      begin: (measure) => {
        next.current = measure;
      },
      take: () => {
        const measure = next.current;
        next.current = undefined;
        return measure;
      },
      queried: (version, measure) => {
        performance.mark('rutas:queried');
        if (!measure) return;
        byVersion.current.set(version, measure);
        // The engine's share of an update (the benchmark's breakdown).
        if (measure.name === 'rutas:update') {
          performance.measure('rutas:update-query', { start: measure.mark });
        }
      },
      published: (measure) => {
        if (measure?.name === 'rutas:update') {
          performance.measure('rutas:update-publish', { start: 'rutas:queried' });
        }
      },
      drawn: (version) => {
        endMeasure(byVersion.current.get(version));
        // Views replaced before they were drawn will never be: forget their measures too.
        for (const v of byVersion.current.keys()) if (v <= version) byVersion.current.delete(v);
      },
    }),
    [],
  );
}
