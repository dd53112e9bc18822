/**
 * The criminal-justice response as UNODC's GLOTIP counts it: persons brought into formal contact
 * with the police, prosecuted and convicted, and offences recorded, per country and year, by sex
 * where the source gives it. The figures as summed in the engine, each with its cell key.
 */
import type { Iso3 } from './types';

export const JUSTICE_INDICATORS = [
  'formal_contact',
  'prosecuted',
  'convicted',
  'offences',
] as const;
export type JusticeIndicator = (typeof JUSTICE_INDICATORS)[number];

/** 'total' is the source's own total row: the sexes need not add up to it. */
export const JUSTICE_SEXES = ['total', 'female', 'male', 'other', 'unknown'] as const;
export type JusticeSex = (typeof JUSTICE_SEXES)[number];

/** A count of one indicator in one country over the years in force (or one year). */
export interface JusticeAggregate {
  country: Iso3;
  indicator: JusticeIndicator;
  sex: JusticeSex;
  persons: number;
  /** The cell key: the sum of its records' keys (domain/disclosure KEY_RANGE). */
  key: number;
  /** It includes a count suppressed at source ("<5"): a lower bound. */
  partial: boolean;
}

/** A count over the years in force, and the years that have it (for rates per year). */
export interface JusticeRangeAggregate extends JusticeAggregate {
  years: number[];
}

/** One year's total of an indicator in a country. */
export interface JusticeYearAggregate extends Omit<JusticeAggregate, 'sex'> {
  year: number;
}

/**
 * Victims detected in a country: over the years in force (`indicator` null), or over the years
 * in force in which it has a figure of `indicator` (the denominator of that indicator's ratio).
 */
export interface DetectedVictimsAggregate {
  country: Iso3;
  indicator: JusticeIndicator | null;
  victims: number;
  key: number;
  partial: boolean;
}

/**
 * What the justice view queries: totals over the years in force, each year's (for a selected
 * country), the victims.
 */
export interface JusticeFigures {
  totals: JusticeRangeAggregate[];
  years: JusticeYearAggregate[];
  victims: DetectedVictimsAggregate[];
}
