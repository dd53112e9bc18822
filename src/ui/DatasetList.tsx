import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportLines, reportText } from '../data/ingest/report';
import { datasetName, type Datasets } from '../state/use-datasets';
import { downloadText } from './download';

/** The loaded datasets (switch, remove; the demo stays), and the load report of the one shown. */
export const DatasetList = memo(function DatasetList({ data }: { data: Datasets }) {
  const { t } = useTranslation();
  const { datasets, active } = data;
  if (datasets.length === 0) return null;
  const report = active?.report;
  return (
    <section className="datasets" aria-labelledby="datasets-title">
      <h2 id="datasets-title">{t('datasets.title')}</h2>
      <ul>
        {datasets.map((d) => (
          <li key={d.id}>
            <label>
              <input
                type="radio"
                name="dataset"
                checked={d.id === active?.id}
                disabled={!!data.loading}
                onChange={() => void data.select(d.id)}
              />{' '}
              {datasetName(d)}
            </label>
            {d.id !== 'demo' && (
              <button
                type="button"
                className="link"
                aria-label={t('datasets.removeNamed', { name: datasetName(d) })}
                onClick={() => void data.remove(d.id)}
              >
                {t('datasets.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {report && (
        <details
          className="load-report"
          open={
            Object.keys(report.setAside).length > 0 || Object.keys(report.notUnderstood).length > 0
          }
        >
          <summary>{t('datasets.report')}</summary>
          <ul aria-label={t('datasets.report')} data-not-a-count>
            {reportLines(report).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => downloadText(`${report.file}.load-report.txt`, reportText(report))}
          >
            {t('datasets.downloadReport')}
          </button>
        </details>
      )}
    </section>
  );
});
