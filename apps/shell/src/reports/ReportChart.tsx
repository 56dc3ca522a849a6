// Insights: the report as a grouped bar chart (@fluentui/react-charts), loaded only by the
// Reports page (React.lazy), so the first screen does not carry the charting code.
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { BenefitReportArea } from '@pbc/contract';
import { tokens } from '@pbc/ui';

const colors = {
  granted: tokens.colorPaletteBlueBorderActive,
  used: tokens.colorPaletteGreenBorderActive,
  unused: tokens.colorPaletteDarkOrangeBorderActive,
  expiring120: tokens.colorPaletteRedBorderActive,
} as const;

export interface ReportChartProps {
  areas: readonly BenefitReportArea[];
  areaName: (area: BenefitReportArea) => string;
  legends: Record<keyof typeof colors, string>;
  title: string;
}

export default function ReportChart({ areas, areaName, legends, title }: ReportChartProps) {
  const data = areas.map((area) => ({
    name: areaName(area),
    series: (Object.keys(colors) as (keyof typeof colors)[]).map((key) => ({
      key,
      data: area[key],
      legend: legends[key],
      color: colors[key],
    })),
  }));
  return (
    <div data-testid="report-chart">
      <GroupedVerticalBarChart data={data} chartTitle={title} height={320} />
    </div>
  );
}
