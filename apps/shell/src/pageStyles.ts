import { makeStyles, tokens } from '@pbc/ui';

/** The column layout and toolbar every shell page uses. */
export const usePageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  /** Machine names shown beside their label (an audit action's code, which the filter matches). */
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  /** A request's steps, one per line. */
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
