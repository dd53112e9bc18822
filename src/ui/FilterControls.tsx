import { useCallback } from 'react';
import { drawableValue, type Disclosed } from '../domain/disclosure';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '../domain/sectors';
import { AGE_GROUPS, SEXES, type Filter } from '../domain/types';
import type { FilterAction } from '../state/filters';
import { ageLabel, sectorLabel, sexLabel } from '../i18n/labels';
import { ChoiceFilter } from './ChoiceFilter';
import { YearHistogram } from './charts/YearHistogram';
import { YearRange } from './YearRange';

export interface FilterControlsProps {
  extent: { yearMin: number; yearMax: number };
  filter: Filter;
  /** The year histogram's published bars (null before the first view). */
  years: { year: number; victims: Disclosed }[] | null;
  dispatch: (action: FilterAction) => void;
}

/** The years (sliders, histogram brush, play), sectors, sex and age group filters. */
export function FilterControls({ extent, filter, years, dispatch }: FilterControlsProps) {
  const { t } = useTranslation();
  const onYears = useCallback(
    (yearFrom: number, yearTo: number) => dispatch({ type: 'years', yearFrom, yearTo }),
    [dispatch],
  );
  return (
    <>
      <YearRange
        min={extent.yearMin}
        max={extent.yearMax}
        from={filter.yearFrom}
        to={filter.yearTo}
        onChange={onYears}
      >
        {years && (
          <YearHistogram
            years={years}
            from={filter.yearFrom}
            to={filter.yearTo}
            onBrush={onYears}
          />
        )}
        {years && years.every((y) => drawableValue(y.victims) === 0) && (
          <p className="hint">{t('filters.noYears')}</p>
        )}
      </YearRange>
      <ChoiceFilter
        legend={t('filters.sector')}
        allLabel={t('filters.allSectors')}
        options={SECTORS}
        label={sectorLabel}
        selected={filter.sectors}
        onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        onAll={() => dispatch({ type: 'allSectors' })}
        hint={t('filters.sectorHint')}
      />
      <ChoiceFilter
        legend={t('filters.sex')}
        allLabel={t('filters.allSexes')}
        options={SEXES}
        label={sexLabel}
        selected={filter.sexes ?? []}
        onToggle={(sex) => dispatch({ type: 'toggleSex', sex })}
        onAll={() => dispatch({ type: 'allSexes' })}
      />
      <ChoiceFilter
        legend={t('filters.age')}
        allLabel={t('filters.allAges')}
        options={AGE_GROUPS}
        label={ageLabel}
        selected={filter.ageGroups ?? []}
        onToggle={(ageGroup) => dispatch({ type: 'toggleAge', ageGroup })}
        onAll={() => dispatch({ type: 'allAges' })}
      />
    </>
  );
}
