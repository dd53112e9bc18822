/**
 * The demo's first view, published ahead of time: the map and the summary draw from it while the
 * engine starts (seconds), then the engine's own view, the same figures, replaces it.
 * `npm run demo-view` writes it (data/demo-view.json); a test checks it is current.
 */
import { resolvePolicy } from '../domain/disclosure';
import { publishView, type PublishedView } from '../domain/publish';
import type { Filter } from '../domain/types';
import type { DbConnector } from './connector';
import { queryView } from './queries/view';
import { queryExtent, type DatasetExtent } from './queries/summary';
import { datasetTable, loadCanonicalParquet } from './schema';

export interface DemoView {
  extent: DatasetExtent;
  filter: Filter;
  published: PublishedView;
}

/** The first view of a canonical Parquet file, as the app shows it with no link parameters. */
export async function computeDemoView(db: DbConnector, parquet: ArrayBuffer): Promise<DemoView> {
  await loadCanonicalParquet(db, parquet, 'demo');
  const extent = await queryExtent(db, datasetTable('demo'));
  const filter: Filter = {
    yearFrom: extent.yearMin,
    yearTo: extent.yearMax,
    sectors: [],
    place: null,
    sexes: [],
    ageGroups: [],
  };
  const { legs, places, summary, charts } = await queryView(db, filter);
  return { extent, filter, published: publishView(legs, places, summary, resolvePolicy(), charts) };
}
