// Insights: the report's figures as CSV (RFC 4180: quoted where needed, CRLF), the same columns
// as the table, headed in the user's language.
import type { BenefitReportArea } from '@pbc/contract';

export const reportColumns = [
  'granted',
  'activated',
  'used',
  'unused',
  'expiring30',
  'expiring90',
  'expiring120',
] as const satisfies readonly (keyof BenefitReportArea)[];

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function reportCsv(
  areas: readonly BenefitReportArea[],
  headers: { area: string } & Record<(typeof reportColumns)[number], string>,
  areaName: (area: BenefitReportArea) => string,
): string {
  const rows = [
    [headers.area, ...reportColumns.map((c) => headers[c])],
    ...areas.map((area) => [areaName(area), ...reportColumns.map((c) => area[c])]),
  ];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
