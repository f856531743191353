// Reads a workbook with exceljs and prints, as JSON, its document properties and every sheet's
// cells: { title, creator, created, sheets: [{ name, rows: [[{ type, value, numFmt }]] }] }.
import ExcelJS from "exceljs";

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(process.argv[2]);
const sheets = [];
workbook.eachSheet((sheet) => {
  const rows = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      const value = cell.value;
      cells.push({
        type: value instanceof Date ? "date" : typeof value,
        value: value instanceof Date ? value.toISOString().slice(0, 10) : value && typeof value === "object" ? JSON.stringify(value) : value,
        numFmt: cell.numFmt ?? null,
      });
    });
    rows[number - 1] = cells;
  });
  sheets.push({ name: sheet.name, rows: Array.from(rows, (r) => r ?? []) });
});
console.log(JSON.stringify({
  title: workbook.title ?? null,
  creator: workbook.creator ?? null,
  created: workbook.created instanceof Date ? workbook.created.toISOString() : null,
  sheets,
}));
