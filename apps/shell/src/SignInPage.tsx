import { Button, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@pbc/ui';
import { Card, Field, Input } from '@pbc/ui/lists';
import { useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

const useStyles = makeStyles({
  page: { display: 'grid', placeItems: 'center', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground3 },
  card: { width: '360px', padding: tokens.spacingHorizontalXXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Shown while nobody is signed in; the session cookie is set by `auth.signIn`. */
export function SignInPage() {
  const styles = useStyles();
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Everything cached so far belonged to nobody; refetch it as the signed-in user.
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <form className={styles.form} onSubmit={submit} aria-labelledby="sign-in-title">
          <Title2 as="h1" id="sign-in-title">
            {t('shell.signInTitle')}
          </Title2>
          {signIn.isError && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{t('shell.signInFailed')}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t('shell.email')} required>
            <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <Field label={t('shell.password')} required>
            <Input type="password" autoComplete="current-password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <Button appearance="primary" type="submit" disabled={signIn.isPending}>
            {t('shell.signIn')}
          </Button>
        </form>
      </Card>
    </main>
  );
}
