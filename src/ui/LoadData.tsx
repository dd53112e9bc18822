import { useRef } from 'react';

export interface LoadDataProps {
  disabled: boolean;
  error: string | null;
  onFile: (file: File) => void;
}

/** The file picker for an analyst's own data (Rutas-format CSV or canonical Parquet). */
export function LoadData({ disabled, error, onFile }: LoadDataProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="load-data">
      <label className="button">
        Load data
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.parquet"
          disabled={disabled}
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            // The same file can be picked again after fixing it.
            if (input.current) input.current.value = '';
          }}
        />
      </label>
      {error && (
        <p className="load-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
