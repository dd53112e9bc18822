import type { DbConnector, Row } from './connector';

/**
 * A connector that remembers query results by SQL text, most recent first, up to `capacity`:
 * a filter state visited again (a sector toggled back, a year range restored) is answered from
 * memory, and so is each chart that ignores the filter that just changed (the sector chart when a
 * sector is toggled, the year histogram when the years move). Make one per dataset shown: the
 * results are only valid while the tables stay as they were.
 */
export function cachedConnector(db: DbConnector, capacity = 256): DbConnector {
  const results = new Map<string, Promise<Row[]>>();
  return {
    ...db,
    query(sql: string): Promise<Row[]> {
      const hit = results.get(sql);
      if (hit) {
        // Most recently used last, so the first key is the one to evict.
        results.delete(sql);
        results.set(sql, hit);
        return hit;
      }
      const result = db.query(sql);
      results.set(sql, result);
      // A failed query is not remembered: the next asks the engine again.
      result.catch(() => results.delete(sql));
      if (results.size > capacity) results.delete(results.keys().next().value!);
      return result;
    },
  };
}
