import { useEffect, type RefObject } from 'react';
import type { DbConnector } from '../data/connector';
import { restartEngine } from '../data/wasm-connector';
import { showTables, storeTables, type DatasetTexts } from './dataset-tables';
import { t } from '../i18n';

/**
 * An engine that dies is replaced: the datasets are stored again from the texts kept (`stored`,
 * each dataset's canonical CSV and its justice CSV, if any), the one shown is made `cases` and
 * `justice` again, and the new engine handed on, so the views query it with the filters as they
 * are.
 */
export function useEngineRestart(
  engine: DbConnector | null,
  stored: RefObject<Map<string, DatasetTexts>>,
  active: RefObject<string | null>,
  setEngine: (engine: DbConnector | null) => void,
  setStatus: (status: string) => void,
): void {
  useEffect(() => {
    if (!engine?.onFailure) return;
    return engine.onFailure((reason) => {
      setEngine(null);
      setStatus(t('engine.restarting', { reason }));
      void (async () => {
        try {
          const db = await restartEngine();
          for (const [id, texts] of stored.current) await storeTables(db, id, texts);
          if (active.current) await showTables(db, active.current);
          setEngine(db);
          setStatus(t('engine.restarted', { count: stored.current.size, reason }));
        } catch (e) {
          setStatus(
            t('engine.restartFailed', { message: e instanceof Error ? e.message : String(e) }),
          );
        }
      })();
    });
  }, [engine, stored, active, setEngine, setStatus]);
}
