/**
 * exceljs 4.4 reads an Excel table (ListObject) whose XML leaves out `headerRowCount` as having no
 * header row, although the file format's default — and what Excel itself writes — is one header
 * row. Saved again, such a table would be written with `headerRowCount="0"`, turning the user's
 * header into a data row. This module corrects the reader once, on import: a missing attribute
 * means one header row, as the format says. Tables that state `headerRowCount` are read as before.
 */

interface TableXmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

interface TableXformPrototype {
  parseOpen(this: { model?: { headerRow?: boolean } }, node: TableXmlNode): boolean;
  __headerRowDefaultFixed?: boolean;
}

function loadTableXform(): { prototype: TableXformPrototype } | null {
  try {
    // The reader class is internal to exceljs; it is the same module instance the library uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('exceljs/lib/xlsx/xform/table/table-xform') as { prototype: TableXformPrototype };
  } catch {
    return null;
  }
}

/** Applies the correction (idempotent). Returns true when the reader is corrected. */
export function fixTableHeaderDefault(): boolean {
  const xform = loadTableXform();
  if (!xform) return false;
  const proto = xform.prototype;
  if (proto.__headerRowDefaultFixed) return true;
  const original = proto.parseOpen;
  proto.parseOpen = function parseOpen(node: TableXmlNode): boolean {
    const handled = original.call(this, node);
    if (node.name === 'table' && node.attributes.headerRowCount === undefined && this.model) {
      this.model.headerRow = true;
    }
    return handled;
  };
  proto.__headerRowDefaultFixed = true;
  return true;
}

fixTableHeaderDefault();
