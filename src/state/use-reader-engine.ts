/**
 * The engines that read large files (data/wasm-connector startReaderEngine): one per file,
 * closed once read. Its start takes a second or more, so one is started ahead when the analyst
 * reaches for a file (`expect`), taken by the next load that needs one (`take`), and closed when
 * that load did not (`release`) or after SPARE_READER_MS unused.
 */
import { useCallback, useMemo, useRef } from 'react';
import { startReaderEngine, type ClosableEngine } from '../data/wasm-connector';

/** How long a reader engine started ahead waits for a file before it is closed. */
const SPARE_READER_MS = 60_000;

export interface ReaderEngines {
  /** The analyst is reaching for a file: start a reader engine, unless one is waiting. */
  expect: () => void;
  /** The reader engine started ahead, or a new one. */
  take: () => Promise<ClosableEngine>;
  /** Closes the one started ahead, if no load took it. */
  release: () => void;
}

export function useReaderEngines(): ReaderEngines {
  const spare = useRef<{ reader: Promise<ClosableEngine>; timer: number } | null>(null);
  const release = useCallback(() => {
    const unused = spare.current;
    spare.current = null;
    if (!unused) return;
    clearTimeout(unused.timer);
    void unused.reader.then((r) => r.close()).catch(() => undefined);
  }, []);
  const take = useCallback((): Promise<ClosableEngine> => {
    const ahead = spare.current;
    spare.current = null;
    if (!ahead) return startReaderEngine();
    clearTimeout(ahead.timer);
    return ahead.reader;
  }, []);
  const expect = useCallback(() => {
    if (spare.current) return;
    const reader = startReaderEngine();
    reader.catch(() => undefined);
    spare.current = { reader, timer: window.setTimeout(release, SPARE_READER_MS) };
  }, [release]);
  // The same object on every render: the loads that use it stay the same functions.
  return useMemo(() => ({ expect, take, release }), [expect, take, release]);
}
