import type { Sex } from '../domain/types';

/**
 * Sexes in the sector chart: Okabe–Ito colours, told apart with any colour vision (checked under
 * simulated protanopia, deuteranopia and tritanopia in tests/unit/palettes.test.ts).
 */
export const SEX_COLORS: Record<Sex, string> = {
  female: '#cc79a7',
  male: '#0072b2',
  other: '#e69f00',
  // Dark grey: a mid grey is as light as the pink, and all but the same under deuteranopia.
  unknown: '#4a4a4a',
};
