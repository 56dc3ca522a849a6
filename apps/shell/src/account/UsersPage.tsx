import { Button, Text, Title2 } from '@pbc/ui';
import { DataTable, Input, type TableColumn } from '@pbc/ui/lists';
import type { DirectoryUser } from '@pbc/contract';
import { formatList, useLocale } from '@pbc/i18n';
import { useFormError, useMe, usePermission } from '@pbc/module-kit';
import { checkRoleEditing, checkUserRemoval } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { ActionButton, PermissionState, QueryView, usePermissionReason } from '@pbc/ui';
import { ConfirmDialog } from '@pbc/ui/lists';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageStyles } from '../pageStyles.js';
import { AddUserDialog } from './AddUserDialog.js';
import { EditRolesDialog } from './EditRolesDialog.js';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'roles'; user: DirectoryUser }
  | { kind: 'remove'; user: DirectoryUser }
  | null;

/** `/account/users`: the company directory; ROLE-6 admins add users, edit roles and remove users. */
export function UsersPage() {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const manage = usePermission('directory.manage');
  const reason = usePermissionReason();
  const me = useMe();
  /** ROLE-6: why the signed-in user may not edit `user`'s roles (their own), or null. */
  const rolesRefusal = (user: DirectoryUser) => {
    const decision = checkRoleEditing({
      actorRoles: me?.user.roles ?? [],
      actorId: me?.user.id ?? '',
      targetId: user.id,
    });
    return decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  };
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const users = useQuery({
    ...trpc.directory.list.queryOptions({ search: search.trim() || undefined }),
    placeholderData: keepPreviousData,
  });
  const close = () => setDialog(null);
  const columns: TableColumn<DirectoryUser>[] = [
    { id: 'name', header: t('account.name'), render: (user) => user.displayName },
    { id: 'email', header: t('account.email'), render: (user) => user.email },
    { id: 'kind', header: t('account.kind'), render: (user) => t(`common.userKinds.${user.kind}`) },
    {
      id: 'roles',
      header: t('account.roles'),
      render: (user) =>
        user.roles.length
          ? formatList(
              user.roles.map((r) => t(`permission.roles.${r}`)),
              locale,
            )
          : t('account.noRoles'),
    },
  ];
  const actions: TableColumn<DirectoryUser> = {
    id: 'actions',
    header: t('account.actions'),
    render: (user) => (
      <div className={styles.actions}>
        <ActionButton
          size="small"
          aria-label={`${t('account.editRoles')}: ${user.displayName}`}
          reason={rolesRefusal(user)}
          onClick={() => setDialog({ kind: 'roles', user })}
        >
          {t('account.editRoles')}
        </ActionButton>
        <Button
          size="small"
          aria-label={`${t('account.remove')}: ${user.displayName}`}
          onClick={() => setDialog({ kind: 'remove', user })}
        >
          {t('account.remove')}
        </Button>
      </div>
    ),
  };
  return (
    <section className={styles.page} aria-labelledby="users-title">
      <Title2 as="h1" id="users-title">
        {t('account.usersTitle')}
      </Title2>
      <Text>{t('account.usersIntro')}</Text>
      {!manage.allowed && manage.anyOf.length > 0 && <PermissionState missing={manage} readOnly />}
      <div className={styles.toolbar}>
        <ActionButton
          appearance="primary"
          reason={manage.allowed ? null : reason(manage)}
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('account.addUser')}
        </ActionButton>
        <Input
          type="search"
          aria-label={t('account.search')}
          placeholder={t('account.search')}
          value={search}
          onChange={(_, d) => setSearch(d.value)}
        />
      </div>
      <QueryView query={users} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <DataTable
            labelledBy="users-title"
            items={data.items}
            columns={manage.allowed ? [...columns, actions] : columns}
            rowTestId="user-row"
          />
        )}
      </QueryView>
      <AddUserDialog open={dialog?.kind === 'add'} onClose={close} />
      <EditRolesDialog user={dialog?.kind === 'roles' ? dialog.user : null} onClose={close} />
      <RemoveUserDialog user={dialog?.kind === 'remove' ? dialog.user : null} onClose={close} />
    </section>
  );
}

/** ROLE-6: confirm first (open while `user` is set); removing the last Global admin is refused with the reason before anything is sent. */
function RemoveUserDialog({ user, onClose }: { user: DirectoryUser | null; onClose: () => void }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const remove = useMutation(
    trpc.directory.remove.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.directory.list.pathKey() }).then(cancel),
    }),
  );
  const cancel = () => {
    remove.reset();
    onClose();
  };
  const decision = checkUserRemoval({
    actorRoles: me?.user.roles ?? [],
    targetRoles: user?.roles ?? [],
    globalAdminCount: me?.globalAdmins.length ?? 0,
  });
  const refusal = decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  const error = useFormError(remove.error);
  return (
    <ConfirmDialog
      open={!!user}
      title={t('account.removeUser', { name: user?.displayName })}
      confirmLabel={t('account.remove')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => user && remove.mutate({ userId: user.id })}
      onCancel={cancel}
      busy={remove.isPending || !!refusal}
      error={refusal ?? error?.message}
    >
      {t('account.removeConfirm', { name: user?.displayName })}
    </ConfirmDialog>
  );
}
