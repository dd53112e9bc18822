/** Names of the dashboard's categories in the language shown. */
import type { PlaceRole } from '../domain/publish';
import type { Sector } from '../domain/sectors';
import type { AgeGroup, Sex } from '../domain/types';
import { t } from './index';

export const sectorLabel = (sector: Sector): string => t(`sectors.${sector}`);
export const sexLabel = (sex: Sex): string => t(`sex.${sex}`);
export const ageLabel = (age: AgeGroup): string => t(`age.${age}`);
/** A country's figure in one role, e.g. "Moved out (origin)". */
export const roleLabel = (role: PlaceRole): string => t(`roles.${role}`);
