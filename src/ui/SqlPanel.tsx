import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { DbConnector } from '../data/connector';
import {
  ReadOnlySqlError,
  runReadOnly,
  SQL_ROW_LIMIT,
  type ReadOnlyResult,
  type SqlPosition,
} from '../data/read-only-sql';
import type { ResolvedPolicy } from '../domain/disclosure';

export interface SqlPanelProps {
  engine: DbConnector | null;
  policy: ResolvedPolicy;
  /** The dataset shown: its tables are listed again when it changes. */
  datasetId: string | null;
  /** Says in the status line what the engine did (a query out of memory or over time). */
  announce?: (message: string) => void;
}

const EXAMPLE = `SELECT origin, destination, sum(victims) AS victims
FROM cases
GROUP BY ALL
ORDER BY victims DESC`;

const TABLES_SQL = `SELECT table_name, string_agg(column_name, ', ' ORDER BY column_index) AS columns
FROM duckdb_columns() WHERE NOT internal GROUP BY table_name ORDER BY table_name`;

interface Failure {
  message: string;
  position: SqlPosition | null;
  /** The text the error is about (the analyst may have edited since). */
  sql: string;
}

/**
 * Read-only SQL over the loaded tables, for analysts exploring their own file. Its results are
 * exact, row by row, so it opens only when the analyst has chosen to see exact counts (threshold
 * 1); nothing in it is exported or put in a link.
 */
export function SqlPanel({ engine, policy, datasetId, announce }: SqlPanelProps) {
  const { t } = useTranslation();
  const [sql, setSql] = useState(EXAMPLE);
  const [result, setResult] = useState<ReadOnlyResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [tables, setTables] = useState<{ name: string; columns: string }[]>([]);
  const editor = useRef<HTMLTextAreaElement>(null);
  const running = useRef<AbortController | null>(null);
  const open = policy.k === 1 && engine !== null;

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    runReadOnly(engine, TABLES_SQL).then(
      (r) => {
        if (!cancelled)
          setTables(
            r.rows.map(([name, columns]) => ({ name: String(name), columns: String(columns) })),
          );
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [open, engine, datasetId]);

  // A query still running when the panel closes is stopped.
  useEffect(() => {
    if (!open) return;
    return () => running.current?.abort();
  }, [open]);

  if (!open) {
    return (
      <section className="sql-panel" aria-labelledby="sql-title">
        <h2 id="sql-title">SQL</h2>
        <p>{t('sql.closed')}</p>
        <p className="hint">{t('sql.notExported')}</p>
      </section>
    );
  }

  const run = async () => {
    const stop = new AbortController();
    running.current?.abort();
    running.current = stop;
    setBusy(true);
    try {
      const r = await runReadOnly(engine, sql, { signal: stop.signal });
      if (running.current !== stop) return;
      setResult(r);
      setFailure(null);
    } catch (e) {
      if (running.current !== stop) return;
      setResult(null);
      const position = e instanceof ReadOnlySqlError ? e.position : null;
      setFailure({ message: e instanceof Error ? e.message : String(e), position, sql });
      if (position) selectPosition(editor.current, sql, position);
      if (e instanceof ReadOnlySqlError && e.engineNotice) announce?.(e.message);
    } finally {
      if (running.current === stop) {
        running.current = null;
        setBusy(false);
      }
    }
  };

  const failedLine = failure?.position ? failure.sql.split('\n')[failure.position.line - 1] : null;
  return (
    <section className="sql-panel" aria-labelledby="sql-title">
      <h2 id="sql-title">SQL</h2>
      <p className="warning" role="note">
        {t('sql.warning')}
      </p>
      <label htmlFor="sql-text">{t('sql.query')}</label>
      <textarea
        id="sql-text"
        ref={editor}
        value={sql}
        rows={6}
        spellCheck={false}
        onChange={(e) => setSql(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      />
      <div className="sql-actions">
        <button type="button" onClick={() => void run()} disabled={busy}>
          {t('sql.run')}
        </button>
        {busy && (
          <>
            <button type="button" onClick={() => running.current?.abort()}>
              {t('sql.cancel')}
            </button>
            <span className="hint">{t('sql.running')}</span>
          </>
        )}
        <span className="hint">{t('sql.runHint', { n: formatNumber(SQL_ROW_LIMIT) })}</span>
      </div>
      {tables.length > 0 && (
        <details className="sql-tables">
          <summary>{t('sql.tables')}</summary>
          <dl>
            {tables.map((t) => (
              <div key={t.name}>
                <dt>{t.name}</dt>
                <dd>{t.columns}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {failure && (
        <div className="sql-error" role="alert">
          <p>{failure.message}</p>
          {failure.position && failedLine !== null && (
            <pre
              aria-label={t('sql.at', {
                line: failure.position.line,
                column: failure.position.column,
              })}
            >
              {`${failure.position.line} | ${failedLine}\n${' '.repeat(
                String(failure.position.line).length + 3 + failure.position.column - 1,
              )}^`}
            </pre>
          )}
        </div>
      )}
      {result && (
        <div className="sql-result">
          <p className="hint" role="status">
            {result.truncated
              ? t('sql.first', { n: formatNumber(SQL_ROW_LIMIT) })
              : t('sql.rows', {
                  count: result.rows.length,
                  n: formatNumber(result.rows.length),
                })}
          </p>
          <table>
            <thead>
              <tr>
                {result.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                      {cell === null
                        ? ''
                        : Array.isArray(cell)
                          ? JSON.stringify(cell)
                          : String(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Puts the text cursor at a line and column of the editor. */
function selectPosition(el: HTMLTextAreaElement | null, sql: string, at: SqlPosition): void {
  if (!el) return;
  const before = sql.split('\n').slice(0, at.line - 1);
  const offset = before.reduce((n, l) => n + l.length + 1, 0) + at.column - 1;
  el.focus();
  el.setSelectionRange(offset, offset + 1);
}
