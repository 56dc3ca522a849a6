import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AddUserInput, DirectoryListInput } from '@pbc/contract';
import { createI18n } from '@pbc/i18n';
import { messages } from '@pbc/i18n/catalogs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { z } from 'zod';
import { expect, it } from 'vitest';
import { TextField } from './lists.js';

function Form({
  schema,
  locale,
  error,
}: {
  schema: z.ZodType;
  locale: 'en-US' | 'zh-CN';
  error?: string;
}) {
  const [value, setValue] = useState('');
  return (
    <I18nextProvider i18n={createI18n(locale, messages)}>
      <FluentProvider theme={webLightTheme}>
        <TextField
          label="Field"
          required
          schema={schema}
          value={value}
          onChange={setValue}
          error={error}
        />
        <button type="button">Elsewhere</button>
      </FluentProvider>
    </I18nextProvider>
  );
}

it('X-3 a text field carries its contract limit as maxLength', () => {
  render(<Form schema={AddUserInput.shape.displayName} locale="en-US" />);
  // DisplayName: 1 to 120 characters (libs/contract identity.ts).
  expect(screen.getByRole('textbox', { name: /^Field/ })).toHaveAttribute('maxLength', '120');
  expect(screen.getByRole('textbox', { name: /^Field/ })).toHaveAttribute('minLength', '1');
  render(<Form schema={AddUserInput.shape.email} locale="en-US" />);
  expect(screen.getAllByRole('textbox', { name: /^Field/ })[1]).toHaveAttribute('maxLength', '254');
  render(<Form schema={DirectoryListInput.unwrap().shape.search} locale="en-US" />);
  expect(screen.getAllByRole('textbox', { name: /^Field/ })[2]).toHaveAttribute('maxLength', '100');
});

it.each([
  ['en-US', 'Enter an email address such as name@example.com.'],
  ['zh-CN', '请输入电子邮件地址，例如 name@example.com。'],
] as const)(
  "X-3 a field left invalid says why in %s, never in zod's words",
  async (locale, message) => {
    const user = userEvent.setup();
    render(<Form schema={AddUserInput.shape.email} locale={locale} />);
    const field = screen.getByRole('textbox', { name: /^Field/ });
    await user.click(field);
    await user.keyboard('not-an-email');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(field).toHaveAccessibleDescription(message);
    expect(document.body.textContent).not.toMatch(/Invalid email/);
  },
);

it("X-3 an empty required field says to fill it in; the server's message wins when there is one", async () => {
  const user = userEvent.setup();
  const { rerender } = render(<Form schema={AddUserInput.shape.displayName} locale="en-US" />);
  const field = screen.getByRole('textbox', { name: /^Field/ });
  await user.click(field);
  await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
  expect(field).toHaveAccessibleDescription('Fill in this field.');
  rerender(
    <Form schema={AddUserInput.shape.displayName} locale="en-US" error="From the server." />,
  );
  expect(field).toHaveAccessibleDescription('From the server.');
});
