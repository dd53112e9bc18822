import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedPolicy } from '../domain/disclosure';
import { JUSTICE_INDICATORS, type JusticeIndicator } from '../domain/justice';
import { publishedRank } from '../domain/publish/figures';
import type { PublishedJusticeCountry } from '../domain/publish/justice';
import type { Filter, Iso3 } from '../domain/types';
import { countryName } from '../i18n/country-text';
import { formatDisclosed, policyNote } from '../i18n/disclosure-text';
import { compareNames, formatYears } from '../i18n/format';
import { formatRatio, indicatorLabel, whyNot } from '../i18n/justice-text';
import { sexLabel } from '../i18n/labels';
import { justiceCsv } from '../export/justice-csv';
import { exportName } from '../export/names';
import type { JusticeResult } from '../state/use-justice';
import { downloadText } from './download';
import { JusticeYears } from './JusticeYears';

type SortKey = 'country' | JusticeIndicator | 'victims' | 'per100Victims' | 'per100k';

/** A sortable value of a row: published figures only, hidden ones last. */
function sortValue(c: PublishedJusticeCountry, key: Exclude<SortKey, 'country'>): number {
  if (key === 'victims') return c.victims ? publishedRank(c.victims) : -3;
  if (key === 'per100Victims' || key === 'per100k') {
    const r = key === 'per100k' ? c.per100k.convicted : c.per100Victims.convicted;
    return r && r.kind !== 'not-shown' ? r.value : -1;
  }
  const total = c.figures[key]?.total;
  return total ? publishedRank(total) : -3;
}

export interface JusticeViewProps {
  result: JusticeResult;
  filter: Filter;
  policy: ResolvedPolicy;
  datasetLabel: string;
  onSelect: (country: Iso3) => void;
}

/**
 * The criminal-justice response (GLOTIP's persons brought into formal contact, prosecuted,
 * convicted, and offences): countries × indicators over the years in force, sortable, by sex
 * where given, with convictions per 100 detected victims and per 100,000 people, and the
 * selected country's years. Every figure is published (domain/publish/justice.ts).
 */
export function JusticeView({ result, filter, policy, datasetLabel, onSelect }: JusticeViewProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'convicted',
    descending: true,
  });
  const { data, error, isLoading } = result;
  if (error) return <p role="alert">{t('justice.failed', { message: error })}</p>;
  if (!data) return <p>{t('justice.loading')}</p>;
  const rows = [...data.countries].sort((a, b) => {
    const order =
      sort.key === 'country'
        ? compareNames(countryName(a.country), countryName(b.country))
        : sortValue(a, sort.key) - sortValue(b, sort.key) ||
          compareNames(countryName(b.country), countryName(a.country));
    return sort.descending ? -order : order;
  });
  const convicted = indicatorLabel('convicted');
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      key={key}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() =>
          setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'country' })
        }
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  const download = () =>
    downloadText(
      `${exportName('rutas-justice', filter)}.csv`,
      justiceCsv(data, { datasetLabel, filter, policy }),
      'text/csv',
    );
  return (
    <div className="table-view justice-view" aria-busy={isLoading}>
      <div className="table-heading">
        <h2 id="justice-title">{t('justice.title')}</h2>
        <button type="button" onClick={download}>
          {t('justice.download')}
        </button>
      </div>
      <p className="hint" data-not-a-count>
        {t('justice.intro', { years: formatYears(filter.yearFrom, filter.yearTo) })}
      </p>
      <p className="table-note" data-not-a-count>
        {policyNote(policy)} {t('justice.partialNote')}
      </p>
      {rows.length === 0 ? (
        <p>{t('justice.none')}</p>
      ) : (
        <table aria-labelledby="justice-title">
          <thead>
            <tr>
              {header('country', t('justice.country'))}
              {JUSTICE_INDICATORS.map((i) => header(i, indicatorLabel(i)))}
              {header('victims', t('justice.victims'))}
              {header('per100Victims', t('justice.per100Victims', { indicator: convicted }))}
              {header('per100k', t('justice.per100k', { indicator: convicted }))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.country} aria-selected={c.country === filter.place}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    aria-label={t('justice.selectCountry', { country: countryName(c.country) })}
                    onClick={() => onSelect(c.country)}
                  >
                    {countryName(c.country)}
                  </button>
                </th>
                {JUSTICE_INDICATORS.map((i) => {
                  const f = c.figures[i];
                  return (
                    <td className="count" key={i} data-indicator={i}>
                      {f?.total ? formatDisclosed(f.total) : ''}
                      {f && f.bySex.length > 0 && <br />}
                      {f && f.bySex.length > 0 && (
                        <small className="by-sex" aria-label={t('justice.bySex')}>
                          {f.bySex.map((s, n) => (
                            // Each sex with its figure on one line: lines break between them.
                            <Fragment key={s.sex}>
                              {n > 0 && ' · '}
                              <span style={{ whiteSpace: 'nowrap' }}>
                                {sexLabel(s.sex)} {formatDisclosed(s.persons)}
                              </span>
                            </Fragment>
                          ))}
                        </small>
                      )}
                    </td>
                  );
                })}
                <td className="count">{c.victims ? formatDisclosed(c.victims) : ''}</td>
                <td className="count" title={whyNot(c.per100Victims.convicted)}>
                  {formatRatio(c.per100Victims.convicted)}
                </td>
                <td className="count" title={whyNot(c.per100k.convicted)}>
                  {formatRatio(c.per100k.convicted)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint" data-not-a-count>
        {t('justice.ratioNote')}
      </p>
      {filter.place && data.countries.some((c) => c.country === filter.place) ? (
        <JusticeYears country={filter.place} years={data.years} />
      ) : (
        rows.length > 0 && <p className="hint">{t('justice.selectHint')}</p>
      )}
    </div>
  );
}
