// `/benefits/reports` (Insights): for each benefit area, granted / activated / used / unused and
// what is still unused and expires within 30, 90 and 120 days, from one server query per area;
// a chart (loaded only here) and the same figures as a table for screen readers; filters by offer
// and area; CSV export.
import {
  benefitModules,
  BenefitModuleKey,
  OfferType,
  type BenefitReportArea,
  type BenefitReportInput,
} from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { Button, LoadingState, QueryView, Select, Text, Title2 } from '@pbc/ui';
import { DataTable, Field, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { usePageStyles } from '../pageStyles.js';
import { reportColumns, reportCsv } from './reportCsv.js';

const ReportChart = lazy(() => import('./ReportChart.js'));

/** Saves `csv` as a file (a download link clicked once). */
function download(csv: string, fileName: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function ReportsPage() {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<NonNullable<BenefitReportInput>>({});
  const report = useQuery(trpc.membership.report.queryOptions(filter));
  const areaName = (area: BenefitReportArea) =>
    benefitModules.find((m) => m.id === area.module)!.navLabel[locale];
  const headers = {
    area: t('reports.area'),
    ...Object.fromEntries(reportColumns.map((c) => [c, t(`reports.columns.${c}`)])),
  } as Parameters<typeof reportCsv>[1];
  const columns: TableColumn<BenefitReportArea>[] = [
    { id: 'area', header: headers.area, render: areaName },
    ...reportColumns.map((c) => ({
      id: c,
      header: headers[c],
      render: (area: BenefitReportArea) => area[c].toLocaleString(locale),
    })),
  ];
  return (
    <section className={styles.page} aria-labelledby="reports-title">
      <Title2 as="h1" id="reports-title">
        {t('reports.title')}
      </Title2>
      <Text>{t('reports.intro')}</Text>
      <div className={styles.toolbar}>
        <Field label={t('reports.offer')}>
          <Select
            value={filter.offerType ?? ''}
            onChange={(_, data) =>
              setFilter({ ...filter, offerType: OfferType.safeParse(data.value).data })
            }
          >
            <option value="">{t('reports.allOffers')}</option>
            {OfferType.options.map((o) => (
              <option key={o} value={o}>
                {t(`common.offerTypes.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('reports.area')}>
          <Select
            value={filter.module ?? ''}
            onChange={(_, data) =>
              setFilter({ ...filter, module: BenefitModuleKey.safeParse(data.value).data })
            }
          >
            <option value="">{t('reports.allAreas')}</option>
            {benefitModules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.navLabel[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!report.data}
          onClick={() =>
            report.data &&
            download(
              reportCsv(report.data.areas, headers, areaName),
              `benefits-report-${report.data.asOf}.csv`,
            )
          }
        >
          {t('reports.exportCsv')}
        </Button>
      </div>
      <QueryView query={report} isEmpty={(data) => data.areas.length === 0}>
        {(data) => (
          <>
            <Text>{t('reports.asOf', { date: formatDate(data.asOf, locale) })}</Text>
            <Suspense fallback={<LoadingState />}>
              <ReportChart
                areas={data.areas}
                areaName={areaName}
                title={t('reports.chartTitle')}
                legends={{
                  granted: headers.granted,
                  used: headers.used,
                  unused: headers.unused,
                  expiring120: headers.expiring120,
                }}
              />
            </Suspense>
            <DataTable
              labelledBy="reports-title"
              items={data.areas}
              columns={columns}
              rowId={(area) => area.module}
              rowTestId="report-row"
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
