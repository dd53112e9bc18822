/**
 * The SQL panel's time limit and Cancel, over a stand-in engine whose queries run until stopped
 * (the real one is driven in tests/e2e/engine-limits.test.ts). Fake timers: nothing waits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryCancelled, type DbConnector } from '../../src/data/connector';
import { ReadOnlySqlError, runReadOnly, SQL_TIME_LIMIT_MS } from '../../src/data/read-only-sql';

/** An engine whose cancellable queries never finish on their own. */
function endlessEngine(): DbConnector & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const refuse = () => Promise.reject(new Error('not used'));
  return {
    signals,
    query: refuse,
    queryPrepared: refuse,
    queryPreparedIpc: refuse,
    queryColumns: refuse,
    exec: refuse,
    registerFile: refuse,
    dropFile: refuse,
    registerBlob: refuse,
    queryCancellable: (sql, signal) =>
      new Promise((_, reject) => {
        signals.push(signal);
        signal.addEventListener('abort', () => reject(new QueryCancelled(sql)));
      }),
  };
}

async function outcome(p: Promise<unknown>): Promise<ReadOnlySqlError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(ReadOnlySqlError);
  return e as ReadOnlySqlError;
}

describe('a query in the SQL panel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is stopped at the time limit, and says so for the status line too', async () => {
    vi.useFakeTimers();
    const db = endlessEngine();
    const running = outcome(runReadOnly(db, 'SELECT 1'));
    await vi.advanceTimersByTimeAsync(SQL_TIME_LIMIT_MS - 1);
    expect(db.signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const e = await running;
    expect(e.message).toBe(
      `The query was stopped after ${SQL_TIME_LIMIT_MS / 1000} seconds, the longest the SQL panel lets one run.`,
    );
    expect(e.engineNotice).toBe(true);
  });

  it('is stopped by Cancel, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const db = endlessEngine();
    const stop = new AbortController();
    const running = outcome(runReadOnly(db, 'SELECT 1', { signal: stop.signal }));
    await vi.advanceTimersByTimeAsync(10);
    stop.abort();
    const e = await running;
    expect(e.message).toBe('The query was cancelled.');
    expect(e.engineNotice).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
