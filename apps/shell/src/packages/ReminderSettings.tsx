// the days before expiry at which the Global admins are emailed about benefits still unused
// (a company setting only a Global admin changes; others read it, ROLE-7 says whom to ask).
import { useLocale } from '@pbc/i18n';
import { useFormError, useActionReason } from '@pbc/module-kit';
import { checkReminderDays } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { ActionButton, Text, Subtitle2 } from '@pbc/ui';
import { Field, Input } from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from '../pageStyles.js';

const parseDays = (text: string) =>
  text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);

export function ReminderSettings() {
  const { t } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.membership.reminderSettings.queryOptions());
  const reason = useActionReason('settings.reminders', { activates: false });
  const [text, setText] = useState<string | null>(null);
  const save = useMutation(
    trpc.membership.updateReminderSettings.mutationOptions({
      onSuccess: () =>
        queryClient
          .invalidateQueries({ queryKey: trpc.membership.reminderSettings.pathKey() })
          .then(() => setText(null)),
    }),
  );
  const error = useFormError(save.error, ['unusedReminderDays']);
  const value = text ?? settings.data?.unusedReminderDays.join(', ') ?? '';
  const local = text === null || checkReminderDays(parseDays(text)).allowed;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (local) save.mutate({ unusedReminderDays: parseDays(value) });
  };
  return (
    <form className={styles.toolbar} onSubmit={submit} aria-labelledby="reminders-title">
      <div>
        <Subtitle2 as="h2" id="reminders-title">
          {t('packages.reminders')}
        </Subtitle2>
        <Text as="p">{t('packages.remindersIntro')}</Text>
      </div>
      <Field
        label={t('packages.reminderDays')}
        hint={t('packages.reminderDaysHint')}
        validationMessage={
          local ? error?.fields.unusedReminderDays : t('errors.reasons.REMINDER_DAYS_INVALID')
        }
      >
        <Input
          value={value}
          disabled={!!reason || !settings.data}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <ActionButton type="submit" reason={reason} disabled={save.isPending || !local}>
        {t('packages.saveReminders')}
      </ActionButton>
    </form>
  );
}
