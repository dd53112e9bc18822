/** What a load reads: a picked or dropped file, or a same-origin path (`?data=`). */
import type { ColumnGuess } from '../data/ingest/importers';
import { LoadError } from '../data/ingest/report';
import { t } from '../i18n';

/** Something to load: a picked or dropped File, or a fetched same-origin path. */
export interface LoadSource {
  name: string;
  bytes: () => Promise<ArrayBuffer>;
  /** The picked or dropped file itself: a large one is read by the engine, in slices. */
  blob?: Blob;
  /** Fetched from a path next to the app (`?data=`). */
  served?: boolean;
}

export interface MappingRequest {
  source: LoadSource;
  message: string;
  header: string[];
  preview: string[][];
  /** Which column is which, as far as names and values tell (the dialog starts from it). */
  guess?: ColumnGuess;
}

export async function fetchSource(path: string, what: string): Promise<ArrayBuffer> {
  const response = await fetch(path);
  if (!response.ok) throw new LoadError(t('load.http', { what, status: response.status }));
  return response.arrayBuffer();
}

/** A `?data=` path (state/url-state readPageParams) as a load source, if on the page's origin. */
export function dataPathSource(path: string, origin: string): LoadSource {
  const url = new URL(path, `${origin}/`);
  if (url.origin !== origin) {
    return {
      name: path,
      bytes: () => Promise.reject(new LoadError(t('load.offSite'))),
    };
  }
  return {
    name: url.pathname.split('/').pop() || path,
    bytes: () => fetchSource(url.href, path),
    served: true,
  };
}
