import type { SentMail } from '@pbc/contract';
import { formatDateTime, useLocale } from '@pbc/i18n';
import { usePermission } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import {
  makeStyles,
  PermissionState,
  QueryView,
  StatusBadge,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@pbc/ui';
import { DataTable, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';
import { usePageStyles } from '../pageStyles.js';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  frame: {
    width: '100%',
    minHeight: '320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: tokens.fontFamilyMonospace },
});

/** The badge colour of a message's status: delivered, under way, or needing attention. */
const badgeOf = {
  sent: 'active',
  queued: 'pending',
  sending: 'pending',
  retrying: 'pending',
  unsent: 'available',
  failed: 'expired',
} as const;

/**
 * `/account/sent-email`: every message the product wrote, with its status; each row expands
 * to the message as its recipient sees it. The HTML part shows in a frame sandboxed with no
 * permission at all (no script, no form, no same-origin access), so even a message that held
 * markup could not act on this page.
 */
export function SentMailPage() {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const page = usePageStyles();
  const trpc = useTRPC();
  const read = usePermission('mail.read');
  const mail = useQuery(trpc.mail.list.queryOptions({}, { enabled: read.allowed }));
  const columns: TableColumn<SentMail>[] = [
    {
      id: 'to',
      header: t('sentMail.to'),
      render: (m) => `${m.toName} <${m.to}>`,
      sortValue: (m) => m.to,
    },
    { id: 'subject', header: t('sentMail.subject'), render: (m) => m.subject },
    {
      id: 'when',
      header: t('sentMail.when'),
      render: (m) => formatDateTime(m.createdAt, locale),
      sortValue: (m) => m.createdAt,
    },
    {
      id: 'status',
      header: t('sentMail.status'),
      render: (m) => (
        <StatusBadge status={badgeOf[m.status]} label={t(`common.mailStatuses.${m.status}`)} />
      ),
      sortValue: (m) => m.status,
    },
  ];
  return (
    <section className={page.page} aria-labelledby="sent-mail-title">
      <Title2 as="h1" id="sent-mail-title">
        {t('sentMail.title')}
      </Title2>
      <Text>{t('sentMail.intro')}</Text>
      {!read.allowed && read.anyOf.length > 0 && <PermissionState missing={read} />}
      {read.allowed && (
        <QueryView query={mail} isEmpty={(data) => data.items.length === 0}>
          {(data) => (
            <DataTable
              labelledBy="sent-mail-title"
              items={data.items}
              columns={columns}
              rowTestId="sent-mail"
              rowName={(m) => m.subject}
              renderDetails={(m) => (
                <div className={styles.body}>
                  <Text>
                    {t('sentMail.language')}: {m.locale} · {t('sentMail.attempts')}: {m.attempts}
                    {m.sentAt && (
                      <> · {t('sentMail.sentAt', { date: formatDateTime(m.sentAt, locale) })}</>
                    )}
                  </Text>
                  {m.lastError && <Text>{t('sentMail.lastError', { error: m.lastError })}</Text>}
                  <iframe
                    className={styles.frame}
                    title={t('sentMail.body', { to: m.to })}
                    sandbox=""
                    srcDoc={m.html}
                  />
                  <Subtitle2 as="h3">{t('sentMail.textPart')}</Subtitle2>
                  <pre className={styles.text}>{m.text}</pre>
                </div>
              )}
            />
          )}
        </QueryView>
      )}
    </section>
  );
}
