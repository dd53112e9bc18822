import { useTranslation } from 'react-i18next';
import { JUSTICE_INDICATORS } from '../domain/justice';
import type { PublishedJusticeYear } from '../domain/publish/justice';
import type { Iso3 } from '../domain/types';
import { countryName } from '../i18n/country-text';
import { formatDisclosed } from '../i18n/disclosure-text';
import { indicatorLabel } from '../i18n/justice-text';

/** One country's justice figures year by year, as published (its totals, by indicator). */
export function JusticeYears({ country, years }: { country: Iso3; years: PublishedJusticeYear[] }) {
  const { t } = useTranslation();
  const own = years.filter((y) => y.country === country);
  const indicators = JUSTICE_INDICATORS.filter((i) => own.some((y) => y.figures[i]));
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="justice-years-title">
      <h3 id="justice-years-title">{t('justice.yearsTitle', { country: countryName(country) })}</h3>
      <table aria-labelledby="justice-years-title">
        <thead>
          <tr>
            <th scope="col">{t('justice.year')}</th>
            {indicators.map((i) => (
              <th scope="col" key={i}>
                {indicatorLabel(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {own.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              {indicators.map((i) => {
                const d = y.figures[i];
                return (
                  <td className="count" key={i}>
                    {d ? formatDisclosed(d) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
