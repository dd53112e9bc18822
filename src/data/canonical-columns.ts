/** The canonical column names of a stored case row, in order (see schema.ts CASES_COLUMNS). */
export const CANONICAL_COLUMNS = [
  'year',
  'origin',
  'transit',
  'destination',
  'sectors',
  'sex',
  'age_group',
  'victims',
] as const;
