import type { Locale, MarketingContact } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError, usePermission } from '@pbc/module-kit';
import { DirectoryUserPicker } from '@pbc/module-kit/directory';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  Button,
  DetailList,
  ErrorState,
  Link,
  makeStyles,
  PermissionState,
  Select,
  Subtitle2,
  Text,
  tokens,
  usePermissionReason,
} from '@pbc/ui';
import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Input,
} from '@pbc/ui/lists';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

/** The shell's Users page in Account settings: where a missing user is added. */
const addUserPath = '/account/users';
const locales: Locale[] = ['en-US', 'zh-CN'];

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Mode = 'add' | 'update' | 'change';

/**
 * GTM-3 at the top of the page: the company marketing contact, with Add, or Update and Change
 * (ROLE-5: Global admin or MPN partner admin; others read it and see whom to ask, ROLE-7).
 */
export function MarketingContactPanel({
  contact,
  navigate,
}: {
  contact: MarketingContact | null;
  navigate: (to: string) => void;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const manage = usePermission('gtm.manage');
  const permissionReason = usePermissionReason();
  const [mode, setMode] = useState<Mode | null>(null);
  const reason = manage.allowed ? null : permissionReason(manage);
  return (
    <section className={styles.panel} aria-labelledby="gtm-contact-title" data-testid="gtm-contact">
      <Subtitle2 as="h2" id="gtm-contact-title">
        {t('gtm.contact.title')}
      </Subtitle2>
      {contact ? (
        <DetailList
          items={[
            [t('gtm.contact.user'), contact.user.displayName],
            [t('gtm.contact.email'), contact.email],
            [t('gtm.contact.phone'), contact.phone],
            [t('gtm.contact.language'), t(`gtm.contact.languages.${contact.locale}`)],
          ]}
        />
      ) : (
        <Text>{t('gtm.contact.none')}</Text>
      )}
      <div className={styles.actions}>
        {contact ? (
          <>
            <ActionButton reason={reason} onClick={() => setMode('update')}>
              {t('gtm.contact.update')}
            </ActionButton>
            <Button disabled={!!reason} onClick={() => setMode('change')}>
              {t('gtm.contact.change')}
            </Button>
          </>
        ) : (
          <ActionButton appearance="primary" reason={reason} onClick={() => setMode('add')}>
            {t('gtm.contact.add')}
          </ActionButton>
        )}
      </div>
      {!manage.allowed && manage.anyOf.length > 0 && <PermissionState missing={manage} readOnly />}
      <FormDialog open={!!mode} onClose={() => setMode(null)}>
        {mode && (
          <ContactForm
            mode={mode}
            contact={contact}
            navigate={navigate}
            onClose={() => setMode(null)}
          />
        )}
      </FormDialog>
    </section>
  );
}

/** GTM-3: a directory user, an email other than the account's, a phone and a language. */
function ContactForm({
  mode,
  contact,
  navigate,
  onClose,
}: {
  mode: Mode;
  contact: MarketingContact | null;
  navigate: (to: string) => void;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Update keeps the person and edits the rest; Change starts from another person.
  const keep = mode === 'update' && contact;
  const [userId, setUserId] = useState(keep ? contact.user.id : '');
  const [email, setEmail] = useState(keep ? contact.email : '');
  const [phone, setPhone] = useState(keep ? contact.phone : '');
  const [locale, setLocale] = useState<Locale>(keep ? contact.locale : 'en-US');
  const mutation = useMutation(
    trpc.gtm.setContact.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.gtm.pathKey() }).then(onClose),
    }),
  );
  const error = useFormError(mutation.error, ['userId', 'email', 'phone', 'locale']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ userId, email, phone, locale });
  };
  return (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{t(`gtm.contact.${mode}Title`)}</DialogTitle>
        <DialogContent className={styles.form}>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          <DirectoryUserPicker
            label={t('gtm.contact.user')}
            value={userId}
            onChange={setUserId}
            error={error?.fields.userId}
            required
          />
          <Text>
            {t('gtm.contact.notInList')}{' '}
            <Link
              href={addUserPath}
              onClick={(event) => {
                event.preventDefault();
                navigate(addUserPath);
              }}
            >
              {t('gtm.contact.addUserLink')}
            </Link>
          </Text>
          <Field
            label={t('gtm.contact.email')}
            hint={t('gtm.contact.emailHint')}
            validationMessage={error?.fields.email}
            required
          >
            <Input type="email" value={email} onChange={(_, data) => setEmail(data.value)} />
          </Field>
          <Field
            label={t('gtm.contact.phone')}
            hint={t('gtm.contact.phoneHint')}
            validationMessage={error?.fields.phone}
            required
          >
            <Input type="tel" value={phone} onChange={(_, data) => setPhone(data.value)} />
          </Field>
          <Field label={t('gtm.contact.language')}>
            <Select value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
              {locales.map((value) => (
                <option key={value} value={value}>
                  {t(`gtm.contact.languages.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        </DialogContent>
        <DialogActions>
          <Button
            appearance="primary"
            type="submit"
            disabled={!userId || !email || !phone || mutation.isPending}
          >
            {t('gtm.contact.assign')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
