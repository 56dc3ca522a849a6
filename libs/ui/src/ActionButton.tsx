import {
  Button,
  makeStyles,
  Text,
  tokens,
  useId,
  type ButtonProps,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  wrap: { display: 'inline-flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground3, maxWidth: '420px' },
});

export type ActionButtonProps = ButtonProps & {
  /** Why the action is not available; when set, the button is disabled and the reason shows under it. */
  reason?: string | null;
};

/** A button that, when it cannot be used, says why instead of silently greying out (ROLE-7). */
export function ActionButton({ reason, disabled, ...props }: ActionButtonProps) {
  const styles = useStyles();
  const reasonId = useId('action-reason');
  return (
    <span className={styles.wrap}>
      <Button
        {...props}
        disabled={disabled || !!reason}
        aria-describedby={reason ? reasonId : undefined}
      />
      {reason && (
        <Text id={reasonId} size={200} className={styles.reason}>
          {reason}
        </Text>
      )}
    </span>
  );
}
