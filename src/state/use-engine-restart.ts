import { useEffect, type RefObject } from 'react';
import type { DbConnector } from '../data/connector';
import { activateDataset, storeDataset } from '../data/schema';
import { restartEngine } from '../data/wasm-connector';
import { t } from '../i18n';

/**
 * An engine that dies is replaced: the datasets are stored again from the text kept (`stored`,
 * each dataset's canonical CSV), the one shown is made `cases` again, and the new engine handed
 * on, so the views query it with the filters as they are.
 */
export function useEngineRestart(
  engine: DbConnector | null,
  stored: RefObject<Map<string, string>>,
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
          for (const [id, csv] of stored.current) await storeDataset(db, id, csv);
          if (active.current) await activateDataset(db, active.current);
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
