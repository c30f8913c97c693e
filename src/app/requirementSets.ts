/**
 * The Office requirement sets the add-in needs: the single list that `manifest.xml` declares
 * (a test compares them) and that the pane checks at start-up.
 * - SharedRuntime 1.1: ribbon buttons and task pane in one runtime (`Office.addin.showAsTaskpane`).
 *   Only Microsoft 365 on Windows (Version 2002+), Excel 2021+, the Mac (16.35+) and the web have it;
 *   Excel 2016, 2019 and the iPad do not, so the add-in does not install there.
 * - ExcelApi 1.9: every Excel with SharedRuntime 1.1 has it, so it is declared rather than checked at
 *   run time: conditional formats (1.6) over several ranges at once (`Worksheet.getRanges`,
 *   `RangeAreas`) and the Narrative sheet's page set-up (`Worksheet.pageLayout`).
 *   See https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets.
 */
export interface RequirementSet {
  readonly name: string;
  readonly minVersion: string;
}

/** Every requirement set in the manifest's `<Requirements>`, with its minimum version. */
export const requirementSets: readonly RequirementSet[] = [
  { name: 'ExcelApi', minVersion: '1.9' },
  { name: 'SharedRuntime', minVersion: '1.1' },
];

/**
 * The requirement sets this Excel lacks, given its `isSetSupported` check
 * (`Office.context.requirements.isSetSupported`); empty when everything is there.
 */
export function missingRequirementSets(
  isSetSupported: (name: string, minVersion: string) => boolean,
): RequirementSet[] {
  return requirementSets.filter((set) => !isSetSupported(set.name, set.minVersion));
}

/** The sentence shown when sets are missing, or null when none are. */
export function describeMissingSets(missing: readonly RequirementSet[]): string | null {
  if (missing.length === 0) return null;
  const names = missing.map((set) => `${set.name} ${set.minVersion}`).join(' and ');
  return `This version of Excel lacks features Scorecard Narrator needs (${names}). Update Office, or use Excel on the web.`;
}
