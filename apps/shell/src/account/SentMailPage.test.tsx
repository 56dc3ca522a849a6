import {
  buildMe,
  buildSentMail,
  mockServer,
  renderWithProviders,
  trpcHandlers,
} from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { SentMailPage } from './SentMailPage.js';

it('X-5 a Global admin reads every message: to, subject, when, status, and the body in a sandboxed frame', async () => {
  const user = userEvent.setup();
  mockServer.use(
    ...trpcHandlers({
      'mail.list': {
        items: [
          buildSentMail({
            subject: 'Your Go-To-Market offer Gold Core is active',
            html: '<!DOCTYPE html><html lang="en-US"><body><p>&lt;b&gt;Hi&lt;/b&gt;</p></body></html>',
            text: 'Hello Megan Bowen,\n\n- Ready-to-go marketing assets\n',
            status: 'unsent',
          }),
          buildSentMail({
            to: 'adele.vance@northwind.example',
            toName: 'Adele Vance',
            subject: 'Your Visual Studio Enterprise subscription is ready',
            status: 'failed',
            attempts: 7,
            lastError: 'connect ECONNREFUSED 127.0.0.1:25',
          }),
        ],
      },
    }),
  );
  renderWithProviders(<SentMailPage />);
  const rows = await screen.findAllByTestId('sent-mail');
  expect(within(rows[0]!).getByText('Megan Bowen <marketing@contoso.example>')).toBeInTheDocument();
  expect(within(rows[0]!).getByText('Not sent: no SMTP configured')).toBeInTheDocument();
  expect(within(rows[1]!).getByText('Failed: not delivered')).toBeInTheDocument();
  await user.click(
    screen.getByRole('button', {
      name: 'Show details for Your Visual Studio Enterprise subscription is ready',
    }),
  );
  expect(screen.getByText('Last error: connect ECONNREFUSED 127.0.0.1:25')).toBeInTheDocument();
  await user.click(
    screen.getByRole('button', {
      name: 'Show details for Your Go-To-Market offer Gold Core is active',
    }),
  );
  const frame = screen.getByTitle('Message of marketing@contoso.example');
  // No permission at all: no script, no same-origin access, no forms.
  expect(frame).toHaveAttribute('sandbox', '');
  expect(frame.getAttribute('srcdoc')).toContain('&lt;b&gt;Hi&lt;/b&gt;');
  expect(screen.getByText(/- Ready-to-go marketing assets/)).toBeInTheDocument();
});

it('X-5 ROLE-7 another user is told the page is the Global admin’s and whom to ask', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['mpn_partner_admin'] } }),
      'mail.list': () => {
        throw new Error('the page asked for the messages');
      },
    }),
  );
  renderWithProviders(<SentMailPage />);
  expect(
    await screen.findByText(/This needs one of these roles: Global admin/),
  ).toBeInTheDocument();
  expect(screen.getByText(/Avery Admin \(global\.admin@contoso\.example\)/)).toBeInTheDocument();
  expect(screen.queryByTestId('sent-mail')).not.toBeInTheDocument();
});

it('X-1 the page in zh-CN', async () => {
  renderWithProviders(<SentMailPage />, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: '已发送的电子邮件' })).toBeInTheDocument();
  expect(await screen.findByText('未发送：未配置 SMTP')).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: '收件人' })).toBeInTheDocument();
});
