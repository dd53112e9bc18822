/** The World Bank population table the app ships (data/population.json; see rates.ts). */
import table from '../../data/population.json';
import type { PopulationTable } from './rates';

export const POPULATION = table as PopulationTable;
