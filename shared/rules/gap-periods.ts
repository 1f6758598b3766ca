import { JP_START_MONTH } from './jp-wage-cap';

/**
 * The earliest contribution month the gap workspace offers: the start of JP (July 2015), where the dated
 * reference tables (JP caps, pension ages) begin. Months without a minimum wage on file are still judged,
 * with that gap named in the finding; every month from here through 2027 is covered by the rule tests.
 */
export const FIRST_GAP_PERIOD = JP_START_MONTH;
