import {
  supportSeverities,
  type SupportProductCategory,
  type SupportSeverity,
  type TechnicalBenefit,
} from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { categoriesCovered, idsRequired } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState, Select, Text } from '@pbc/ui';
import { RequestConfirmation } from './RequestConfirmation.js';
import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Input,
  Textarea,
} from '@pbc/ui/lists';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTechnicalStyles } from './styles.js';

/** A support request against an incident benefit (TECH-4…6); it takes one incident. */
export function SupportRequestDialog({
  benefit,
  onClose,
}: {
  benefit: TechnicalBenefit | null;
  onClose: () => void;
}) {
  return (
    <FormDialog open={!!benefit} onClose={onClose}>
      {benefit && benefit.kind !== 'advisory_hours' && (
        <SupportForm benefit={benefit} kind={benefit.kind} onClose={onClose} />
      )}
    </FormDialog>
  );
}

const idPattern = /^\d{9}$/;

function SupportForm({
  benefit,
  kind,
  onClose,
}: {
  benefit: TechnicalBenefit;
  kind: keyof typeof categoriesCovered;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const styles = useTechnicalStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const categories = categoriesCovered[kind];
  const [productCategory, setProductCategory] = useState<SupportProductCategory>(categories[0]!);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<SupportSeverity>('c');
  const [accessId, setAccessId] = useState('');
  const [contractId, setContractId] = useState('');
  const [checked, setChecked] = useState(false);
  const submit = useMutation(
    trpc.technical.submitSupportRequest.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.technical.pathKey() }),
    }),
  );
  const error = useFormError(submit.error);
  const needsIds = idsRequired(productCategory);

  /** TECH-6 and the required fields, checked as the server will; then the server's answer at its field. */
  const local: Record<string, string | undefined> = {
    title: title.trim() ? undefined : t('technical.fieldRequired'),
    description: description.trim() ? undefined : t('technical.fieldRequired'),
    accessId: idField(accessId, needsIds, 'ACCESS_ID_REQUIRED'),
    contractId: idField(contractId, needsIds, 'CONTRACT_ID_REQUIRED'),
  };
  function idField(value: string, required: boolean, missing: string) {
    if (!value.trim()) return required ? t(`errors.reasons.${missing}`) : undefined;
    return idPattern.test(value.trim()) ? undefined : t('technical.idFormat');
  }
  const fieldError = (field: string) =>
    (checked ? local[field] : undefined) ?? (error?.fields[field] ? error.message : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    submit.mutate({
      benefitId: benefit.id,
      productCategory,
      title,
      description,
      severity,
      accessId: accessId.trim() || undefined,
      contractId: contractId.trim() || undefined,
    });
  };
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      submit.reset();
    };

  if (submit.data)
    return (
      <RequestConfirmation
        title={t('technical.supportTitle', { benefit: benefit.name[locale] })}
        number={submit.data.number}
        onClose={onClose}
      />
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <DialogBody>
        <DialogTitle>{t('technical.supportTitle', { benefit: benefit.name[locale] })}</DialogTitle>
        <DialogContent className={styles.form}>
          {error && Object.keys(error.fields).length === 0 && (
            <ErrorState message={error.message} data-testid="form-error" />
          )}
          <Field
            label={t('technical.productCategory')}
            validationMessage={fieldError('productCategory')}
          >
            <Select
              value={productCategory}
              onChange={(_, d) => edit(setProductCategory)(d.value as SupportProductCategory)}
            >
              {categories.map((category) => (
                <option key={category} value={category}>
                  {t(`technical.productCategories.${category}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('technical.requestTitle')}
            required
            validationMessage={fieldError('title')}
          >
            <Input value={title} maxLength={200} onChange={(_, d) => edit(setTitle)(d.value)} />
          </Field>
          <Field
            label={t('technical.description')}
            required
            validationMessage={fieldError('description')}
          >
            <Textarea
              value={description}
              maxLength={4000}
              resize="vertical"
              onChange={(_, d) => edit(setDescription)(d.value)}
            />
          </Field>
          <Field label={t('technical.severity')} validationMessage={fieldError('severity')}>
            <Select
              value={severity}
              onChange={(_, d) => edit(setSeverity)(d.value as SupportSeverity)}
            >
              {supportSeverities.map((s) => (
                <option key={s} value={s}>
                  {t(`technical.severities.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Text className={styles.muted}>{t('technical.idsRequiredHint')}</Text>
          <Field
            label={t('technical.accessId')}
            required={needsIds}
            validationMessage={fieldError('accessId')}
          >
            <Input
              value={accessId}
              inputMode="numeric"
              autoComplete="off"
              onChange={(_, d) => edit(setAccessId)(d.value)}
            />
          </Field>
          <Field
            label={t('technical.contractId')}
            required={needsIds}
            validationMessage={fieldError('contractId')}
          >
            <Input
              value={contractId}
              inputMode="numeric"
              autoComplete="off"
              onChange={(_, d) => edit(setContractId)(d.value)}
            />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={submit.isPending}>
            {t('technical.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
