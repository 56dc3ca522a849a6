import type { AuditListInput } from '@pbc/contract';
import { buildAuditEvent, mockServer, renderWithProviders, trpcHandlers } from '@pbc/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ActivityPage } from './ActivityPage.js';

it('X-2 sends the filters, pages with Load more and exports the same filters as CSV', async () => {
  const user = userEvent.setup();
  const sent: AuditListInput[] = [];
  mockServer.use(
    ...trpcHandlers({
      'audit.list': (input) => {
        const call = input as AuditListInput;
        sent.push(call);
        return call.cursor
          ? { items: [buildAuditEvent({ action: 'membership.purchase' })], nextCursor: null }
          : { items: [buildAuditEvent({ action: 'directory.add' })], nextCursor: 'page-2' };
      },
    }),
  );
  renderWithProviders(<ActivityPage />);
  expect(await screen.findByText('directory.add')).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Who' }), 'Uma User-Admin');
  // the input takes no more than the contract's 100 characters (AuditFilter.action).
  expect(screen.getByRole('textbox', { name: 'What (action starts with)' })).toHaveAttribute(
    'maxLength',
    '100',
  );
  await user.click(screen.getByRole('textbox', { name: 'What (action starts with)' }));
  await user.paste('directory');
  await user.click(screen.getByLabelText('From'));
  await user.paste('2026-11-01');
  await user.click(screen.getByRole('button', { name: 'Apply filters' }));
  await screen.findByRole('button', { name: 'Load more' });
  const filter = sent.at(-1)?.filter;
  expect(filter).toMatchObject({ action: 'directory', actorId: expect.any(String) });
  expect(new Date(String(filter?.from)).getDate()).toBe(1); // the 1st, in the user's time zone

  await user.click(screen.getByRole('button', { name: 'Load more' }));
  expect(await screen.findByText('membership.purchase')).toBeInTheDocument();
  expect(sent.at(-1)?.cursor).toBe('page-2');
  expect(screen.getAllByTestId('audit-row')).toHaveLength(2);
  expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

  const csv = new URL(
    screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href') ?? '',
    'http://x',
  );
  expect(csv.pathname).toBe('/api/audit.csv');
  expect(csv.searchParams.get('action')).toBe('directory');
  expect(csv.searchParams.get('actorId')).toBe(filter?.actorId);
});

it("X-2 each event reads as what happened to which target, in the user's language", async () => {
  mockServer.use(
    ...trpcHandlers({
      'audit.list': {
        items: [
          buildAuditEvent({
            action: 'software.revealKeys',
            targetType: 'software_benefit',
            targetName: 'SQL Server 2019 Standard',
          }),
          buildAuditEvent({
            action: 'future.thing',
            targetType: 'gadget',
            targetId: 'g-1',
            targetName: null,
          }),
        ],
        nextCursor: null,
      },
    }),
  );
  renderWithProviders(<ActivityPage />, { locale: 'zh-CN' });
  const [reveal, unknown] = await screen.findAllByTestId('audit-row');
  expect(reveal).toHaveTextContent('查看了产品密钥 software.revealKeys');
  expect(reveal).toHaveTextContent('软件: SQL Server 2019 Standard');
  // An action or target this version does not know yet still reads as its code.
  expect(unknown).toHaveTextContent('future.thing future.thing');
  expect(unknown).toHaveTextContent('gadget: g-1');
});
