import { useEffect, useRef, useState } from 'react';
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
export function LoadData({ data }: LoadDataProps) {
  const input = useRef<HTMLInputElement>(null);
  const loading = data.loading;
  // The load that has been running longer than PROGRESS_AFTER_MS, if any.
  const [slowLoad, setSlowLoad] = useState<Datasets['loading']>(null);
  const slow = loading !== null && slowLoad === loading;

  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlowLoad(loading), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [loading]);

  return (
    <section className="load-data">
      <label className="button">
        Load data
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl,.parquet,.arrow,.feather"
          disabled={!data.engine}
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              void data.load({ name: file.name, bytes: () => file.arrayBuffer(), blob: file });
            // The same file can be picked again after fixing it.
            if (input.current) input.current.value = '';
          }}
        />
      </label>
      <span className="hint"> or drop a file on the page</span>
      {loading && slow && (
        <div className="load-progress">
          <label>
            Loading {loading.name}
            <progress aria-label={`Loading ${loading.name}`} />
          </label>
          <button type="button" onClick={loading.cancel}>
            Cancel
          </button>
        </div>
      )}
      {data.loadError && (
        <p className="load-error" role="alert">
          {data.loadError}
        </p>
      )}
    </section>
  );
}
