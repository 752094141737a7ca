import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDate, formatDateTime, vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import {
  BAR_PARTS,
  GROUP_BYS,
  chartBars,
  formatRate,
  groupLabelParams,
  reportInputOf,
  reportParamsOf,
  reportViewOf,
  yearOptions,
  type GroupBy,
  type OnTimeGroup,
  type OnTimeReport,
} from './on-time-model.js';

export const reportKeys = {
  onTime: (input: { groupBy: GroupBy; year: number }) => ['routing', 'reports', 'onTime', input] as const,
};

function GroupLabel({ group, groupBy }: { group: OnTimeGroup; groupBy: GroupBy }) {
  const { t } = useI18n();
  const label = groupLabelParams(group, groupBy);
  if (label.kind === 'month') return <>{t('reports.month', { month: label.month, year: label.year })}</>;
  return (
    <>
      {label.text}
      {label.code ? (
        <>
          <br />
          <span className="muted">{label.code}</span>
        </>
      ) : null}
    </>
  );
}

function Rate({ rate }: { rate: number | null }) {
  const { t, locale } = useI18n();
  const text = formatRate(rate, locale);
  return text === null ? (
    <span className="muted" title={t('reports.noRate')}>
      —
    </span>
  ) : (
    <>{text}</>
  );
}

/** The figures: one row per group, then the total. This table is the report; the chart only draws it. */
function ReportTable({ report }: { report: OnTimeReport }) {
  const { t } = useI18n();
  const cells = (group: OnTimeGroup) => (
    <>
      <td className="dossiers-number">{group.received}</td>
      <td className="dossiers-number">{group.completed}</td>
      <td className="dossiers-number">{group.truocHan}</td>
      <td className="dossiers-number">{group.dungHan}</td>
      <td className="dossiers-number" data-testid="report-late">
        {group.quaHan}
      </td>
      <td className="dossiers-number" data-testid="report-rate">
        <Rate rate={group.onTimeRate} />
      </td>
      <td className="dossiers-number">{group.inProgress}</td>
      <td className="dossiers-number">{group.overdue}</td>
    </>
  );
  return (
    <div className="table-wrap">
      <table data-testid="report-table">
        <caption className="visually-hidden">{t('reports.onTime.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reports.groupBy.${report.groupBy}`)}</th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.received')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.completed')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.truocHan')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.dungHan')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.quaHan')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.rate')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.inProgress')}
            </th>
            <th scope="col" className="dossiers-number">
              {t('reports.col.overdue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((group) => (
            <tr key={group.key} data-testid="report-row" data-key={group.key}>
              <th scope="row">
                <GroupLabel group={group} groupBy={report.groupBy} />
              </th>
              {cells(group)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="report-total">
            <th scope="row">{t('reports.total')}</th>
            {cells(report.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const LABEL_WIDTH = 200;
const BAR_WIDTH = 480;
const LAYOUT = { width: BAR_WIDTH, barHeight: 22, gap: 10 };

/**
 * The same figures drawn as stacked bars (inline SVG, no chart library). Hidden from screen readers: the table above
 * says everything the chart shows, and a legend names the colours in words for everyone else.
 */
function ReportChart({ report }: { report: OnTimeReport }) {
  const { t } = useI18n();
  const { bars, height } = chartBars(report.groups, LAYOUT);
  if (bars.length === 0) return null;
  return (
    <figure className="dossiers-chart" data-testid="report-chart">
      <svg
        width="100%"
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        aria-hidden="true"
        focusable="false"
      >
        {bars.map((bar, index) => {
          const group = report.groups[index] as OnTimeGroup;
          const label = groupLabelParams(group, report.groupBy);
          const text =
            label.kind === 'month' ? t('reports.month', { month: label.month, year: label.year }) : label.text;
          return (
            <g key={bar.key} transform={`translate(0 ${bar.y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={LAYOUT.barHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="dossiers-chart-label"
              >
                {text.length > 28 ? `${text.slice(0, 27)}…` : text}
              </text>
              {bar.segments.map((segment) => (
                <rect
                  key={segment.part}
                  x={LABEL_WIDTH + segment.x}
                  y={0}
                  width={segment.width}
                  height={LAYOUT.barHeight}
                  className={`dossiers-chart-${segment.part}`}
                />
              ))}
              <text
                x={
                  LABEL_WIDTH +
                  (bar.segments.at(-1) ? (bar.segments.at(-1)?.x ?? 0) + (bar.segments.at(-1)?.width ?? 0) : 0) +
                  6
                }
                y={LAYOUT.barHeight / 2}
                dominantBaseline="middle"
                className="dossiers-chart-value"
              >
                {bar.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="dossiers-chart-legend">
          {BAR_PARTS.map((part) => (
            <li key={part}>
              <span className={`dossiers-chart-swatch dossiers-chart-${part}`} aria-hidden="true" />{' '}
              {t(`reports.part.${part}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Báo cáo đúng hạn: the unit's dossiers of a year by procedure, unit or month: received, completed and on time. */
export function OnTimeReportPage() {
  const { t } = useI18n();
  const { routing } = useApi();
  const currentYear = Number(vietnamToday(new Date()).slice(0, 4));
  const [searchParams, setSearchParams] = useSearchParams();
  const view = reportViewOf(searchParams, currentYear);
  const input = reportInputOf(view);
  const report = useQuery({
    queryKey: reportKeys.onTime({ groupBy: view.groupBy, year: view.year }),
    queryFn: () => routing.reports.onTime.query(input),
  });
  const go = (next: typeof view) => setSearchParams(reportParamsOf(next, currentYear));

  return (
    <section className="page dossiers-page" aria-labelledby="report-title">
      <h1 id="report-title">{t('reports.onTime.title')}</h1>
      <p className="muted">{t('reports.onTime.intro')}</p>
      <div className="dossiers-inline-form" role="group" aria-label={t('reports.onTime.controls')}>
        <div className="field">
          <label htmlFor="report-group-by">{t('reports.groupByLabel')}</label>
          <select
            id="report-group-by"
            value={view.groupBy}
            onChange={(event) => go({ ...view, groupBy: event.target.value as GroupBy })}
            data-testid="report-group-by"
          >
            {GROUP_BYS.map((groupBy) => (
              <option key={groupBy} value={groupBy}>
                {t(`reports.groupBy.${groupBy}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-year">{t('reports.year')}</label>
          <select
            id="report-year"
            value={view.year}
            onChange={(event) => go({ ...view, year: Number(event.target.value) })}
            data-testid="report-year"
          >
            {yearOptions(currentYear).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </div>

      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <DossierErrorNotice error={report.error} onRetry={() => void report.refetch()} testId="report-error" />
      ) : (
        <>
          <p className="muted" data-testid="report-period">
            {t('reports.period', {
              from: formatDate(report.data.from),
              to: formatDate(report.data.to),
              asOf: formatDateTime(report.data.asOf),
            })}
          </p>
          {report.data.groups.length === 0 ? (
            <Empty text={t('reports.empty', { year: view.year })} testId="report-empty" />
          ) : (
            <>
              <ReportTable report={report.data} />
              <ReportChart report={report.data} />
              <p className="hint">{t('reports.rateHint')}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
