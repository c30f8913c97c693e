/**
 * exceljs 4.4 reads two kinds of cell otherwise than Excel does, and the engine would see the
 * wrong value:
 * - a cell stored as an ISO 8601 date (`t="d"`, as strict files and some writers store dates) is
 *   read with `parseFloat`, so 1990-01-01 becomes the number 1990;
 * - a formula whose saved result is an error (`t="e"`) in a date-formatted cell has the error
 *   turned into an invalid date, so #DIV/0! reads as blank.
 * This module corrects the cell reader once, on import: an ISO date becomes the serial number
 * Excel holds for it (1900 date system), and an error result stays an error. Other cells are
 * read as before.
 */

interface CellModel {
  type?: number;
  value?: unknown;
  result?: unknown;
}

interface CellXformPrototype {
  parseClose(this: { t?: string; model: CellModel }, name: string): boolean;
  reconcile(this: unknown, model: CellModel, options: unknown): void;
  __cellTypesFixed?: boolean;
}

function loadCellXform(): { prototype: CellXformPrototype } | null {
  try {
    // The reader class is internal to exceljs; it is the same module instance the library uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: CellXformPrototype };
  } catch {
    return null;
  }
}

import { isoDateToSerial } from './read/dates';

export { isoDateToSerial };

const isError = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { error?: unknown }).error === 'string';

/** Applies the corrections (idempotent). Returns true when the reader is corrected. */
export function fixCellTypes(): boolean {
  const xform = loadCellXform();
  if (!xform) return false;
  const proto = xform.prototype;
  if (proto.__cellTypesFixed) return true;
  const parseClose = proto.parseClose;
  proto.parseClose = function (name: string): boolean {
    if (name === 'c' && this.t === 'd' && typeof this.model.value === 'string') {
      const serial = isoDateToSerial(this.model.value);
      if (serial !== null) {
        this.model.value = String(serial);
        this.t = 'n';
      }
    }
    return parseClose.call(this, name);
  };
  const reconcile = proto.reconcile;
  proto.reconcile = function (model: CellModel, options: unknown): void {
    const error = isError(model.result) ? model.result : undefined;
    reconcile.call(this, model, options);
    if (error !== undefined) model.result = error;
  };
  proto.__cellTypesFixed = true;
  return true;
}

fixCellTypes();
