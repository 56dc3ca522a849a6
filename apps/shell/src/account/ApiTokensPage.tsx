import {
  CreateApiTokenInput,
  TokenPermission,
  type ApiToken,
  type CreateApiTokenResult,
} from '@pbc/contract';
import { formatDateTime, formatList, useLocale } from '@pbc/i18n';
import { useFormError, useMe, usePermission } from '@pbc/module-kit';
import { addDays, checkPermission, checkTokenExpiry, isoDay } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  Button,
  ErrorState,
  MessageBar,
  MessageBarBody,
  PermissionState,
  QueryView,
  StatusBadge,
  Text,
  Title2,
  usePermissionReason,
} from '@pbc/ui';
import {
  Checkbox,
  ConfirmDialog,
  DataTable,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Input,
  TextField,
  type TableColumn,
  CopyButton,
} from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from '../pageStyles.js';

type TokenState = 'active' | 'expired' | 'revoked';
const stateOf = (token: ApiToken, now: Date): TokenState =>
  token.revokedAt ? 'revoked' : new Date(token.expiresAt) <= now ? 'expired' : 'active';
const badgeOf = { active: 'active', expired: 'expired', revoked: 'expired' } as const;

/**
 * `/account/api-tokens`: the company's API tokens, the Global admin's. A token is created
 * with a name, a last day (at most a year away) and permissions the creator holds; its text is
 * shown once; the list shows what it may do, who made it, its last use and expiry; Revoke ends it.
 */
export function ApiTokensPage() {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const manage = usePermission('tokens.manage');
  const reason = usePermissionReason();
  const tokens = useQuery(trpc.apiTokens.list.queryOptions(undefined, { enabled: manage.allowed }));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = new Date();
  const columns: TableColumn<ApiToken>[] = [
    { id: 'name', header: t('apiTokens.name'), render: (x) => x.name, sortValue: (x) => x.name },
    { id: 'prefix', header: t('apiTokens.prefix'), render: (x) => `${x.prefix}…` },
    {
      id: 'permissions',
      header: t('apiTokens.permissions'),
      render: (x) =>
        formatList(
          x.permissions.map((p) => t(`apiTokens.permissionNames.${p}`)),
          locale,
        ),
    },
    {
      id: 'createdBy',
      header: t('apiTokens.createdBy'),
      render: (x) => x.createdBy?.displayName ?? '',
    },
    {
      id: 'lastUsed',
      header: t('apiTokens.lastUsed'),
      render: (x) => (x.lastUsedAt ? formatDateTime(x.lastUsedAt, locale) : t('apiTokens.never')),
      sortValue: (x) => x.lastUsedAt ?? '',
    },
    {
      id: 'expires',
      header: t('apiTokens.expires'),
      render: (x) => formatDateTime(x.expiresAt, locale),
      sortValue: (x) => x.expiresAt,
    },
    {
      id: 'status',
      header: t('apiTokens.status'),
      render: (x) => {
        const state = stateOf(x, now);
        return <StatusBadge status={badgeOf[state]} label={t(`apiTokens.statuses.${state}`)} />;
      },
    },
    {
      id: 'actions',
      header: t('apiTokens.actions'),
      render: (x) =>
        stateOf(x, now) === 'revoked' ? null : (
          <Button
            size="small"
            aria-label={`${t('apiTokens.revoke')}: ${x.name}`}
            onClick={() => setRevoking(x)}
          >
            {t('apiTokens.revoke')}
          </Button>
        ),
    },
  ];
  return (
    <section className={styles.page} aria-labelledby="api-tokens-title">
      <Title2 as="h1" id="api-tokens-title">
        {t('apiTokens.title')}
      </Title2>
      <Text>{t('apiTokens.intro')}</Text>
      {!manage.allowed && manage.anyOf.length > 0 && <PermissionState missing={manage} />}
      <div className={styles.toolbar}>
        <ActionButton
          appearance="primary"
          reason={manage.allowed ? null : reason(manage)}
          onClick={() => setCreating(true)}
        >
          {t('apiTokens.create')}
        </ActionButton>
      </div>
      {manage.allowed && (
        <QueryView query={tokens} isEmpty={(data) => data.items.length === 0}>
          {(data) => (
            <DataTable
              labelledBy="api-tokens-title"
              items={data.items}
              columns={columns}
              rowTestId="api-token"
            />
          )}
        </QueryView>
      )}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

/** The token's text lives only in this dialog: gone when it closes (the surface unmounts). */
function CreateTokenDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <FormDialog open={open} onClose={onClose}>
      <CreateTokenForm onClose={onClose} />
    </FormDialog>
  );
}

function CreateTokenForm({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const today = isoDay(new Date());
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState(addDays(today, 90));
  const [permissions, setPermissions] = useState<TokenPermission[]>(['benefits.read']);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      gcTime: 0, // the answer holds the token's text: keep it no longer than this dialog
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.pathKey() }),
    }),
  );
  const error = useFormError(create.error, Object.keys(CreateApiTokenInput.shape));
  // a date past a year (or not after today) is refused here, as the server would.
  const expiry = /^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ? checkTokenExpiry(expiresOn, today) : null;
  const expiryRefusal =
    expiry && !expiry.allowed ? t(`errors.reasons.${expiry.reason}`) : undefined;
  const held = (p: TokenPermission) => checkPermission(me?.user.roles ?? [], p).allowed;
  const toggled = (p: TokenPermission) =>
    permissions.includes(p) ? permissions.filter((x) => x !== p) : [...permissions, p];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, expiresOn, permissions });
  };
  if (create.data) return <TokenShownOnce result={create.data} onClose={onClose} />;
  return (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{t('apiTokens.create')}</DialogTitle>
        <DialogContent className={styles.form}>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          <TextField
            label={t('apiTokens.name')}
            required
            schema={CreateApiTokenInput.shape.name}
            value={name}
            onChange={setName}
            error={error?.fields.name}
          />
          <TextField
            label={t('apiTokens.expiresOn')}
            required
            type="date"
            hint={t('apiTokens.expiresHint')}
            schema={CreateApiTokenInput.shape.expiresOn}
            value={expiresOn}
            onChange={setExpiresOn}
            error={error?.fields.expiresOn ?? expiryRefusal}
          />
          <Field label={t('apiTokens.permissions')} validationMessage={error?.fields.permissions}>
            {TokenPermission.options.map((p) => (
              <Field key={p} hint={held(p) ? undefined : t('apiTokens.permissionNotHeld')}>
                <Checkbox
                  label={t(`apiTokens.permissionNames.${p}`)}
                  checked={permissions.includes(p)}
                  disabled={!held(p)}
                  onChange={() => setPermissions(toggled(p))}
                />
              </Field>
            ))}
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={create.isPending}>
            {t('apiTokens.create')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

function TokenShownOnce({
  result,
  onClose,
}: {
  result: CreateApiTokenResult;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const secret = result.secret;
  return (
    <DialogBody>
      <DialogTitle>{t('apiTokens.createdTitle', { name: result.token.name })}</DialogTitle>
      <DialogContent className={styles.form}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {secret ? t('apiTokens.shownOnce') : t('apiTokens.replayed')}
          </MessageBarBody>
        </MessageBar>
        {secret && (
          <Field label={t('apiTokens.token')}>
            <Input readOnly value={secret} data-testid="api-token-secret" />
          </Field>
        )}
      </DialogContent>
      <DialogActions>
        {secret && <CopyButton text={secret} />}
        <Button appearance="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

function RevokeTokenDialog({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.pathKey() }).then(cancel),
    }),
  );
  const cancel = () => {
    revoke.reset();
    onClose();
  };
  const error = useFormError(revoke.error);
  return (
    <ConfirmDialog
      open={!!token}
      title={t('apiTokens.revokeTitle', { name: token?.name })}
      confirmLabel={t('apiTokens.revoke')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => token && revoke.mutate({ id: token.id })}
      onCancel={cancel}
      busy={revoke.isPending}
      error={error?.message}
    >
      {t('apiTokens.revokeConfirm', { name: token?.name })}
    </ConfirmDialog>
  );
}
