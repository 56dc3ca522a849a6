import { Checkbox, Field } from '@pbc/ui/lists';
import { Role } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useMe } from '@pbc/module-kit';
import { checkRoleChange } from '@pbc/rules';

export interface RoleCheckboxesProps {
  /** The user whose roles these are; null for a user being added. */
  targetId: string | null;
  /** The user's roles before this change ([] for a new user). */
  currentRoles: readonly Role[];
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}

/**
 * ROLE-6: one checkbox per role; a choice the signed-in user may not make (nobody their own roles;
 * only a Global admin grants Global admin; the last Global admin stays) is disabled with the
 * reason from `checkRoleChange`.
 */
export function RoleCheckboxes({
  targetId,
  currentRoles,
  value,
  onChange,
  error,
}: RoleCheckboxesProps) {
  const { t } = useLocale();
  const me = useMe();
  const toggled = (role: Role) =>
    value.includes(role) ? value.filter((r) => r !== role) : [...value, role];
  return (
    <Field label={t('account.roles')} validationMessage={error}>
      {Role.options.map((role) => {
        const decision = checkRoleChange({
          actorRoles: me?.user.roles ?? [],
          actorId: me?.user.id ?? '',
          targetId,
          currentRoles,
          nextRoles: toggled(role),
          globalAdminCount: me?.globalAdmins.length ?? 0,
        });
        const reason = decision.allowed ? undefined : t(`errors.reasons.${decision.reason}`);
        return (
          <Field key={role} hint={reason}>
            <Checkbox
              label={t(`permission.roles.${role}`)}
              checked={value.includes(role)}
              disabled={!!reason}
              onChange={() => onChange(toggled(role))}
            />
          </Field>
        );
      })}
    </Field>
  );
}
