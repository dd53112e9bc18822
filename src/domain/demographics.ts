import type { AgeGroup, Sex } from './types';

/** English labels; translations arrive with the i18n work. */
export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not recorded',
};

export const AGE_LABELS: Record<AgeGroup, string> = {
  adult: 'Adults',
  minor: 'Minors',
  unknown: 'Not recorded',
};
