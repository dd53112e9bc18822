/**
 * The justice view's published figures for the dataset shown, under the filter's years and
 * selected country: queried from the engine (data/queries/justice.ts) and published under the
 * policy in force (domain/publish/justice.ts). `{ data, error, isLoading }`; a newer request
 * wins over an older one.
 */
import { useEffect, useState } from 'react';
import type { DbConnector } from '../data/connector';
import { queryJustice } from '../data/queries/justice';
import { datasetConnector, DatasetReplaced } from '../data/shown-dataset';
import type { DisclosurePolicy } from '../domain/disclosure';
import { POPULATION } from '../domain/population';
import { publishJustice, type PublishedJustice } from '../domain/publish/justice';
import type { Filter } from '../domain/types';

export interface JusticeResult {
  data: PublishedJustice | null;
  error: string | null;
  isLoading: boolean;
}

export function useJustice(
  engine: DbConnector | null,
  datasetId: string | null,
  filter: Filter,
  policy: DisclosurePolicy,
): JusticeResult {
  const { yearFrom, yearTo, place } = filter;
  // The result and the request it answers: a result for another request is still loading.
  const [answer, setAnswer] = useState<{
    request: unknown[];
    data: PublishedJustice | null;
    error: string | null;
  } | null>(null);
  const request = [engine, datasetId, yearFrom, yearTo, place, policy];
  useEffect(() => {
    if (!engine || !datasetId) return;
    let current = true;
    const asked = [engine, datasetId, yearFrom, yearTo, place, policy];
    queryJustice(datasetConnector(engine, datasetId), {
      yearFrom,
      yearTo,
      place,
      sectors: [],
    }).then(
      (figures) => {
        if (current) {
          setAnswer({
            request: asked,
            data: publishJustice(figures, policy, POPULATION),
            error: null,
          });
        }
      },
      (e: unknown) => {
        // Another dataset is being shown: its own figures follow.
        if (current && !(e instanceof DatasetReplaced)) {
          setAnswer({
            request: asked,
            data: null,
            error: e instanceof Error ? e.message : String(e),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [engine, datasetId, yearFrom, yearTo, place, policy]);
  const answered = answer !== null && answer.request.every((v, i) => v === request[i]);
  // While a new request runs, the figures shown stay those of the same dataset only.
  const same = answer !== null && answer.request[1] === datasetId;
  return {
    data: same ? answer.data : null,
    error: same ? answer.error : null,
    isLoading: !answered,
  };
}
