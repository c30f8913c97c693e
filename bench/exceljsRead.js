// `node bench/exceljsRead.js <file.xlsx>`: exceljs reading the workbook and nothing else — the
// yardstick bench/scale.ts holds the whole command against.
const ExcelJS = require('exceljs');

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  (wb) => {
    if (!wb.worksheets.length) process.exitCode = 1;
  },
  (e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  },
);
