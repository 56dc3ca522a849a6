import { makeStyles, tokens } from '@pbc/ui';

/** The software remote's layout: details of a row, the keys dialog, the download list. */
export const useSoftwareStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    letterSpacing: '0.05em',
  },
  checksum: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    wordBreak: 'break-all',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
