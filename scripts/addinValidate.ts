/**
 * `npm run validate [-- path/to/manifest.xml] [-- --production]`: checks the add-in manifest with
 * Microsoft's online validation service (the same check as for AppSource). It needs the
 * internet; the offline checks (resources, icons, addresses, requirement sets) are the
 * manifest tests, `npx jest test/manifest`.
 */
import { resolve } from 'node:path';
import { type ManifestValidationIssue, validateManifest } from 'office-addin-manifest';

function printIssues(label: string, issues: ManifestValidationIssue[] | undefined): void {
  for (const [index, issue] of (issues ?? []).entries()) {
    const where = issue.line ? ` (line ${issue.line}${issue.column ? `, column ${issue.column}` : ''})` : '';
    console.log(`${label} ${index + 1}${where}: ${issue.title ?? ''}: ${issue.content ?? ''}${issue.code ? ` [${issue.code}]` : ''}`);
  }
}

/** Validates one manifest; resolves to the process exit code (0 valid, 1 not valid or not checked). */
export async function validate(manifestPath: string, production: boolean): Promise<number> {
  let validation;
  try {
    validation = await validateManifest(manifestPath, production);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`The manifest was not checked: ${reason}`);
    console.error('The validation service needs an internet connection. Offline checks: npx jest test/manifest');
    return 1;
  }
  if (validation.status && validation.status !== 200) {
    console.error(`The validation service answered ${validation.status} ${validation.statusText ?? ''}; the manifest was not checked.`);
    return 1;
  }
  printIssues('Error', validation.report?.errors);
  printIssues('Warning', validation.report?.warnings);
  printIssues('Note', validation.report?.notes);
  console.log(validation.isValid ? `${manifestPath} is valid.` : `${manifestPath} is not valid.`);
  return validation.isValid ? 0 : 1;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const path = resolve(args.find((a) => !a.startsWith('--')) ?? 'manifest.xml');
  void validate(path, args.includes('--production')).then((code) => {
    process.exitCode = code;
  });
}
