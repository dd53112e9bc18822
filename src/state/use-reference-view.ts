import { useEffect, useState } from 'react';
import type { DbConnector } from '../data/connector';
import { indexedView } from '../data/view-index/view-index';
import type { ResolvedPolicy } from '../domain/disclosure';
import type { Filter } from '../domain/types';
import type { Basemap } from '../map/basemap';
import type { DatasetInfo } from './use-datasets';
import { publishForMap, type PublishedMapView } from './view-pipeline';

/** The dataset's whole: every year, no filter, published under the policy in force. */
export interface ReferenceView extends PublishedMapView {
  /** The dataset and policy it was published for (a stale one is not used). */
  datasetId: string;
  policy: ResolvedPolicy;
}

/** The filter of the reference view: every year of the dataset, nothing else. */
export function referenceFilter(extent: { yearMin: number; yearMax: number }): Filter {
  return { yearFrom: extent.yearMin, yearTo: extent.yearMax, sectors: [], place: null };
}

/**
 * The published view that fixes the map's scales for a dataset (map/fixed-scale): queried once
 * per dataset and policy, through the view cache (the default view is the same query).
 */
export function useReferenceView(
  engine: DbConnector | null,
  dataset: DatasetInfo | null,
  basemap: Basemap | null,
  policy: ResolvedPolicy,
): ReferenceView | null {
  const [reference, setReference] = useState<ReferenceView | null>(null);
  useEffect(() => {
    if (!engine || !dataset || !basemap) return;
    let cancelled = false;
    const filter = referenceFilter(dataset.extent);
    indexedView(engine, filter)
      .then((aggregates) => {
        if (cancelled) return;
        const view = publishForMap(aggregates, policy, basemap.anchors);
        setReference({ ...view, datasetId: dataset.id, policy });
      })
      // Without a reference the map fits its scales to the view, as before.
      .catch(() => !cancelled && setReference(null));
    return () => {
      cancelled = true;
    };
  }, [engine, dataset, basemap, policy]);
  return reference && reference.datasetId === dataset?.id && reference.policy === policy
    ? reference
    : null;
}
