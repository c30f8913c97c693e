/**
 * The Office requirement sets the add-in needs: the single list that `manifest.xml` declares
 * (a test compares them) and that the pane checks at start-up.
 * - ExcelApi 1.6: conditional formats, which keep RAG colours live when values change.
 * - SharedRuntime 1.1: ribbon buttons and task pane in one runtime (`Office.addin.showAsTaskpane`).
 */
export interface RequirementSet {
  readonly name: string;
  readonly minVersion: string;
}

/** Every requirement set in the manifest's `<Requirements>`, with its minimum version. */
export const requirementSets: readonly RequirementSet[] = [
  { name: 'ExcelApi', minVersion: '1.6' },
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
