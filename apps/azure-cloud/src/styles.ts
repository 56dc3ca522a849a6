import { makeStyles, tokens } from '@pbc/ui';

export const usePageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  holders: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});
