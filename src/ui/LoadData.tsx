import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileBytes } from '../data/ingest/limits';
import type { Datasets } from '../state/use-datasets';

export interface LoadDataProps {
  data: Datasets;
}

/** A load that takes longer than this shows a progress bar with Cancel. */
const PROGRESS_AFTER_MS = 1000;

/**
 * The file picker for an analyst's own data ("Load data"; files may also be dropped anywhere on
 * the page), the progress of a long load, and the error of a failed one.
 */
export const LoadData = memo(function LoadData({ data }: LoadDataProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const loading = data.loading;
  // The load that has been running longer than PROGRESS_AFTER_MS, if any.
  const [slowLoad, setSlowLoad] = useState<number | null>(null);
  const slow = loading !== null && slowLoad === loading.id;
  const loadId = loading?.id ?? null;

  useEffect(() => {
    if (loadId === null) return;
    const timer = setTimeout(() => setSlowLoad(loadId), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [loadId]);

  return (
    <section className="load-data">
      <label className="button">
        {t('load.button')}
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl,.parquet,.arrow,.feather"
          disabled={!data.engine}
          className="visually-hidden"
          // The picker opens (by mouse or keyboard): a large file's reader can start meanwhile.
          onClick={data.expectFile}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void data.load({ name: file.name, bytes: () => fileBytes(file), blob: file });
            // The same file can be picked again after fixing it.
            if (input.current) input.current.value = '';
          }}
        />
      </label>
      <span className="hint">{t('load.orDrop')}</span>
      {loading && slow && (
        <div className="load-progress">
          <label>
            {t('load.loading', { name: loading.name })}
            <progress
              aria-label={t('load.loading', { name: loading.name })}
              max={1}
              value={data.loadProgress ?? undefined}
            />
          </label>
          {loading.cancel && (
            <button type="button" onClick={loading.cancel}>
              {t('load.cancel')}
            </button>
          )}
        </div>
      )}
      {data.loadError && (
        <p className="load-error" role="alert">
          {data.loadError}
        </p>
      )}
    </section>
  );
});
