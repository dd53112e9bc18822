import type { DbConnector } from '../data/connector';
import type { ResolvedPolicy } from '../domain/disclosure';
import type { Filter, Iso3 } from '../domain/types';
import { datasetName, type DatasetInfo } from '../state/dataset-info';
import { useJustice } from '../state/use-justice';
import { JusticeView } from './JusticeView';

export interface JusticePanelProps {
  engine: DbConnector | null;
  dataset: DatasetInfo;
  filter: Filter;
  policy: ResolvedPolicy;
  onSelect: (country: Iso3) => void;
}

/** The Justice tab: the dataset's criminal-justice figures, queried and published for the view. */
export function JusticePanel({ engine, dataset, filter, policy, onSelect }: JusticePanelProps) {
  const result = useJustice(engine, dataset.id, filter, policy);
  return (
    <JusticeView
      result={result}
      filter={filter}
      policy={policy}
      datasetLabel={datasetName(dataset)}
      onSelect={onSelect}
    />
  );
}
