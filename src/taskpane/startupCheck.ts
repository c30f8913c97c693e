import { describeMissingSets, missingRequirementSets } from '../app/requirementSets';
import type { PaneError } from './useScorecardPane';

/** What `Office.onReady` reports and the parts of `Office.context` the start-up check reads. */
export interface StartupInfo {
  readonly host: string | null | undefined;
  readonly isSetSupported?: (name: string, minVersion: string) => boolean;
}

/**
 * The problem to show before the officer clicks anything: the page is not running in Excel, or
 * this Excel lacks a requirement set the add-in needs. Null when all is well.
 */
export function startupProblem(info: StartupInfo): PaneError | null {
  if (info.host !== 'Excel') {
    return {
      title: 'Not running in Excel',
      detail: 'Scorecard Narrator works inside Excel. Open it from the Scorecard group on the Home tab.',
    };
  }
  const detail = info.isSetSupported ? describeMissingSets(missingRequirementSets(info.isSetSupported)) : null;
  return detail ? { title: 'Excel needs updating', detail } : null;
}
