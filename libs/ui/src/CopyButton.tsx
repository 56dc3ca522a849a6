// Copy for a value the user takes elsewhere (a product key, an ID, a token shown once): it says
// "Copied" once the clipboard holds the text, so the user knows it worked.
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useLocale } from '@pbc/i18n';
import { useState } from 'react';

export interface CopyButtonProps {
  text: string;
  /** Its accessible name until copied, where "Copy" alone does not say what is copied. */
  label?: string;
  size?: ButtonProps['size'];
}

export function CopyButton({ text, label, size }: CopyButtonProps) {
  const { t } = useLocale();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size={size}
      aria-label={copied ? t('common.copied') : label}
      onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}
    >
      {copied ? t('common.copied') : t('common.copy')}
    </Button>
  );
}
