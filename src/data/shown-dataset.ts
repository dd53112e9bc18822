/**
 * Which stored dataset an engine's view tables hold (schema.ts activateDataset replaces them),
 * and connectors that answer for one dataset only. A view is published under its dataset's
 * disclosure policy; a query for it that reached the engine after another dataset's tables took
 * their place would publish that dataset's figures under the wrong policy (a lower threshold, for
 * one). So from the moment another dataset starts to be shown, a dataset's connector refuses to
 * send a query (a query sent before is answered from the tables it was sent for: the engine
 * answers in order).
 */
import type { DbConnector } from './connector';

/** A query for a dataset whose tables are no longer (or not yet) the ones shown. */
export class DatasetReplaced extends Error {
  constructor(readonly datasetId: string) {
    super(`The tables of ${datasetId} are not the ones shown.`);
    this.name = 'DatasetReplaced';
  }
}

/** By engine: the dataset its view tables hold; null while they are being replaced. */
const shown = new WeakMap<DbConnector, string | null>();

/**
 * Shows dataset `id` by `replaceTables`, which replaces the view tables in one transaction
 * (nothing changed if it fails), then runs `after` (tables of its own that go with them). No
 * dataset's connector is answered meanwhile; if the replacement fails, the dataset shown before
 * is answered again, and if `after` fails, none is (the tables are no one dataset's).
 */
export async function showDataset(
  db: DbConnector,
  id: string,
  replaceTables: () => Promise<void>,
  after: () => Promise<void> = async () => undefined,
): Promise<void> {
  const before = shown.get(db) ?? null;
  shown.set(db, null);
  try {
    await replaceTables();
  } catch (e) {
    shown.set(db, before);
    throw e;
  }
  await after();
  shown.set(db, id);
}

const connectors = new WeakMap<DbConnector, Map<string, DbConnector>>();

/**
 * The engine, for dataset `id`'s views: its queries are refused (DatasetReplaced) unless `id` is
 * the dataset the engine shows. One connector per engine and dataset.
 */
export function datasetConnector(db: DbConnector, id: string): DbConnector {
  let mine = connectors.get(db);
  if (!mine) connectors.set(db, (mine = new Map()));
  let connector = mine.get(id);
  if (!connector) {
    const check = () => {
      if (shown.get(db) !== id) throw new DatasetReplaced(id);
    };
    connector = {
      ...db,
      query: async (sql) => (check(), db.query(sql)),
      queryColumns: async (sql) => (check(), db.queryColumns(sql)),
      queryPrepared: async (sql) => (check(), db.queryPrepared(sql)),
      queryPreparedIpc: async (sql) => (check(), db.queryPreparedIpc(sql)),
    };
    mine.set(id, connector);
  }
  return connector;
}
