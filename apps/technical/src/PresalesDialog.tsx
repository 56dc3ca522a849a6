import {
  advisoryProducts,
  advisoryRequestTypes,
  consultLanguages,
  preferredHoursOptions,
  solutionAreas,
  type AdvisoryRequestInput,
  type TechnicalBenefit,
} from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { advisoryDeductsHours, advisoryHoursLimit } from '@pbc/rules';
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
} from '@pbc/ui/lists';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTechnicalStyles } from './styles.js';

type Input = Omit<AdvisoryRequestInput, 'benefitId' | 'estimatedHours' | 'product'> & {
  product: AdvisoryRequestInput['product'] | '';
  estimatedHours: string;
};

/** The countries and regions offered first; every ISO 3166 code is accepted by the server. */
const countryRegions = [
  'CN',
  'US',
  'GB',
  'DE',
  'FR',
  'JP',
  'IN',
  'AU',
  'CA',
  'BR',
  'SG',
  'HK',
  'TW',
  'KR',
];

/** The browser's IANA zones (all of them where the browser lists them), its own first. */
function timeZones(): { own: string; all: string[] } {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const listed =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return { own, all: [own, ...listed.filter((zone) => zone !== own)] };
}

/** Technical Presales and Deployment Services (TECH-7): any user, no activation. */
export function PresalesDialog({
  benefit,
  onClose,
}: {
  benefit: TechnicalBenefit | null;
  onClose: () => void;
}) {
  return (
    <FormDialog open={!!benefit} onClose={onClose}>
      {benefit && <PresalesForm benefit={benefit} onClose={onClose} />}
    </FormDialog>
  );
}

function PresalesForm({ benefit, onClose }: { benefit: TechnicalBenefit; onClose: () => void }) {
  const { t, locale } = useLocale();
  const styles = useTechnicalStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const zones = useMemo(() => timeZones(), []);
  const [input, setInput] = useState<Input>({
    type: 'technical_plan',
    product: '',
    phone: '',
    timeZone: zones.own,
    preferredHours: 'morning',
    countryRegion: locale === 'zh-CN' ? 'CN' : 'US',
    language: locale === 'zh-CN' ? 'zh-Hans' : 'en',
    estimatedHours: '',
  });
  const [search, setSearch] = useState('');
  const [checked, setChecked] = useState(false);
  const request = useMutation(
    trpc.technical.requestPresales.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.technical.pathKey() }),
    }),
  );
  const error = useFormError(request.error);
  const set =
    <K extends keyof Input>(key: K) =>
    (value: Input[K]) => {
      setInput((before) => ({ ...before, [key]: value }));
      request.reset();
    };
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  // TECH-7: searchable by product or by solution area, in the reader's language.
  const needle = search.trim().toLowerCase();
  const matching = advisoryProducts.filter(
    (p) =>
      !needle ||
      p.name.toLowerCase().includes(needle) ||
      t(`technical.solutionAreas.${p.solutionArea}`).toLowerCase().includes(needle),
  );
  const hours = Number(input.estimatedHours);
  const local: Record<string, string | undefined> = {
    product: input.product ? undefined : t('technical.fieldRequired'),
    phone: input.phone.trim() ? undefined : t('technical.fieldRequired'),
    estimatedHours:
      !Number.isInteger(hours) || hours < 1
        ? t('technical.fieldRequired')
        : hours > advisoryHoursLimit
          ? t('errors.reasons.HOURS_OVER_LIMIT')
          : undefined,
  };
  const fieldError = (field: string) =>
    (checked ? local[field] : undefined) ?? (error?.fields[field] ? error.message : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean) || !input.product) return;
    request.mutate({
      ...input,
      product: input.product,
      benefitId: benefit.id,
      estimatedHours: hours,
    });
  };

  if (request.data)
    return (
      <RequestConfirmation
        title={t('technical.presalesTitle')}
        number={request.data.number}
        onClose={onClose}
      />
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <DialogBody>
        <DialogTitle>{t('technical.presalesTitle')}</DialogTitle>
        <DialogContent className={styles.form}>
          {error && Object.keys(error.fields).length === 0 && (
            <ErrorState message={error.message} data-testid="form-error" />
          )}
          <Field label={t('technical.requestType')}>
            <Select value={input.type} onChange={(_, d) => set('type')(d.value as Input['type'])}>
              {advisoryRequestTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`technical.requestTypes.${type}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Text className={styles.muted}>
            {advisoryDeductsHours(benefit.offerType, input.type)
              ? t('technical.deductsHours')
              : t('technical.unlimitedAdvice')}
          </Text>
          <Field label={t('common.search')} hint={t('technical.productHint')}>
            <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
          </Field>
          <Field label={t('technical.product')} required validationMessage={fieldError('product')}>
            <Select
              value={input.product}
              onChange={(_, d) => set('product')(d.value as Input['product'])}
            >
              <option value="">{matching.length ? '' : t('technical.productNone')}</option>
              {solutionAreas.map((area) => {
                const products = matching.filter((p) => p.solutionArea === area);
                return (
                  products.length > 0 && (
                    <optgroup key={area} label={t(`technical.solutionAreas.${area}`)}>
                      {products.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
            </Select>
          </Field>
          <Field
            label={t('technical.phone')}
            required
            hint={t('technical.phoneHint')}
            validationMessage={fieldError('phone')}
          >
            <Input type="tel" value={input.phone} onChange={(_, d) => set('phone')(d.value)} />
          </Field>
          <Field label={t('technical.timeZone')} validationMessage={fieldError('timeZone')}>
            <Select value={input.timeZone} onChange={(_, d) => set('timeZone')(d.value)}>
              {zones.all.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('technical.preferredHours')}>
            <Select
              value={input.preferredHours}
              onChange={(_, d) => set('preferredHours')(d.value as Input['preferredHours'])}
            >
              {preferredHoursOptions.map((option) => (
                <option key={option} value={option}>
                  {t(`technical.preferredHoursOptions.${option}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('technical.countryRegion')}
            validationMessage={fieldError('countryRegion')}
          >
            <Select value={input.countryRegion} onChange={(_, d) => set('countryRegion')(d.value)}>
              {countryRegions.map((code) => (
                <option key={code} value={code}>
                  {regionNames.of(code)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('technical.consultLanguage')}>
            <Select
              value={input.language}
              onChange={(_, d) => set('language')(d.value as Input['language'])}
            >
              {consultLanguages.map((language) => (
                <option key={language} value={language}>
                  {languageNames.of(language)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('technical.estimatedHours')}
            required
            hint={t('technical.estimatedHoursHint', { limit: advisoryHoursLimit })}
            validationMessage={fieldError('estimatedHours')}
          >
            <Input
              type="number"
              min={1}
              value={input.estimatedHours}
              onChange={(_, d) => set('estimatedHours')(d.value)}
            />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={request.isPending}>
            {t('technical.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
