/**
 * A copy rebuilt through exceljs, settled: patched once more, as the next run would patch it.
 * exceljs writes the Narrative sheet's formats its own way and the patch its own, so without this
 * the first run on a rebuilt copy would add the patch's formats and change it once more; settled, a
 * run on it changes nothing, as on a patched copy.
 */
import { Workbook } from 'exceljs';
import type { FormatPlan, Narrative, NarrativeMeta } from '../core';
import { excelFacts } from './excelFacts';
import { patchCopy } from './patch/patchCopy';
import { workbookBytes } from './saveCopy';

/** What a run on the rebuilt copy would write: worked out by the caller from the copy as read. */
export type Rerun = (copy: Workbook) => { plan: FormatPlan; narrative: Narrative; meta: NarrativeMeta };

/**
 * The bytes of `wb` rebuilt (its Narrative sheet's fingerprint kept), then patched as `rerun` says a
 * run on them would; the rebuilt bytes as they are when the patch declines them.
 */
export async function settleRebuilt(
  wb: Workbook,
  narrativeFingerprint: string,
  rerun: Rerun,
): Promise<{ readonly packed: Promise<Buffer> }> {
  const rebuilt = await workbookBytes(wb, narrativeFingerprint);
  const copy = new Workbook();
  await copy.xlsx.load(rebuilt as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  const patched = await patchCopy({ input: rebuilt, read: { facts: excelFacts(copy) }, ...rerun(copy) });
  return 'packed' in patched ? patched : { packed: Promise.resolve(rebuilt) };
}
