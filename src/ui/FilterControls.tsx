import { useCallback } from 'react';
import type { Disclosed } from '../domain/disclosure';
import { AGE_LABELS, SEX_LABELS } from '../domain/demographics';
import { SECTORS, SECTOR_LABELS } from '../domain/sectors';
import { AGE_GROUPS, SEXES, type Filter } from '../domain/types';
import type { FilterAction } from '../state/filters';
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
      </YearRange>
      <ChoiceFilter
        legend="Sector of exploitation"
        allLabel="All sectors"
        options={SECTORS}
        labels={SECTOR_LABELS}
        selected={filter.sectors}
        onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        onAll={() => dispatch({ type: 'allSectors' })}
        hint="A case in several sectors counts in each of them."
      />
      <ChoiceFilter
        legend="Sex"
        allLabel="All"
        options={SEXES}
        labels={SEX_LABELS}
        selected={filter.sexes ?? []}
        onToggle={(sex) => dispatch({ type: 'toggleSex', sex })}
        onAll={() => dispatch({ type: 'allSexes' })}
      />
      <ChoiceFilter
        legend="Age group"
        allLabel="All ages"
        options={AGE_GROUPS}
        labels={AGE_LABELS}
        selected={filter.ageGroups ?? []}
        onToggle={(ageGroup) => dispatch({ type: 'toggleAge', ageGroup })}
        onAll={() => dispatch({ type: 'allAges' })}
      />
    </>
  );
}
