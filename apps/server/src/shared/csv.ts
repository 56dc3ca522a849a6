// CSV exports (audit log, Visual Studio seats): one way to write a cell.

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula starts with `'` instead. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
