/// <reference types="office-js" />
/**
 * Writes queued into as few round trips as Excel on the web allows. Everything normally goes in
 * one batch; only when the queued writes would pass the request limit (5 MB, checked against
 * {@link SYNC_BYTES}) is the batch sent and another begun — for RAG labels, beyond about 9,000
 * indicators. Office.js does not roll a batch back, so a failure after the first batch has run,
 * or partway through one, is reported as {@link WriteFailedError}: running again puts it right.
 */
import { type ExcelAction, WriteFailedError, errorCode, isPayloadError } from './errors';
import { SYNC_BYTES } from './readPlan';

/** Excel refuses these requests whole, before running any command in them. */
function refusedWhole(error: unknown): boolean {
  return isPayloadError(error) || errorCode(error) === 'InvalidOperationInCellEditMode';
}

/** Queued writes for one command, sent in as few round trips as the request limit allows. */
export class WriteBatch {
  private queued = 0;
  private sent = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly action: ExcelAction,
    private readonly sheets: readonly string[],
    private readonly budget = SYNC_BYTES,
  ) {}

  /** Call before queuing a write of about `bytes`: sends what is queued first if together they would be too large. */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.send();
    this.queued += bytes;
  }

  /** Sends the queued writes. A refusal of the very first batch means nothing was written: it is rethrown as it is. */
  async send(): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
      if (this.sent === 0 && refusedWhole(error)) throw error;
      throw new WriteFailedError(error, this.action, this.sheets);
    }
    this.sent++;
    this.queued = 0;
  }
}
