import type { SoftwarePreferences } from '@pbc/contract';
import {
  buildMe,
  buildRevealedKeys,
  buildSoftwareBenefit,
  buildSoftwareDownloads,
  buildSoftwareKey,
  mockServer,
  renderModule,
  trpcHandlers,
} from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import module from './module.js';

const office = buildSoftwareBenefit({
  name: { 'en-US': 'Office Professional Plus 2019', 'zh-CN': 'Office 专业增强版 2019' },
  offerType: 'silver',
  keys: [buildSoftwareKey({ kind: 'mak', activationsUsed: 42, activationsAllowed: 100 })],
  refundAtRisk: { packageId: buildSoftwareKey().id, refundableUntil: '2026-12-06T10:00:00.000Z' },
});
const visio = buildSoftwareBenefit({
  name: { 'en-US': 'Visio Professional 2019', 'zh-CN': 'Visio 专业版 2019' },
  keys: [buildSoftwareKey({ kind: 'mak', activationsUsed: 50, activationsAllowed: 50 })],
});

/** Answers the demo list with Office (refund at risk) and Visio, recording every reveal asked for. */
function mockSoftware(reveals: unknown[] = []) {
  mockServer.use(
    ...trpcHandlers({
      'software.list': { items: [office, visio] },
      'software.revealKeys': (input) => {
        reveals.push(input);
        const benefitId = (input as { benefitId: string }).benefitId;
        return buildRevealedKeys(benefitId === office.id ? office : visio);
      },
    }),
  );
  return reveals;
}

async function expand(product: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Show details for ${product}` }));
  return { user, details: await screen.findByTestId('benefit-row-details') };
}

it('SW-1 lists the seeded software benefits with quantity, offer type, benefit type and expiry', async () => {
  renderModule(module);
  expect(
    await screen.findByRole('cell', { name: 'Windows Server 2019 Datacenter' }),
  ).toBeInTheDocument();
  expect(screen.getAllByTestId('benefit-row')).toHaveLength(3);
  expect(screen.getAllByText('Gold').length).toBeGreaterThan(0);
  expect(screen.getAllByText('Core benefit').length).toBeGreaterThan(0);
});

it('SW-1 filters by text and by offer type', async () => {
  const user = userEvent.setup();
  renderModule(module);
  await screen.findAllByTestId('benefit-row');
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'sql');
  expect(screen.getAllByTestId('benefit-row')).toHaveLength(1);
  expect(screen.getByRole('cell', { name: 'SQL Server 2019 Enterprise' })).toBeInTheDocument();
  await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Offer type' }), 'Silver');
  expect(screen.getAllByTestId('benefit-row')).toHaveLength(1);
  expect(screen.getByRole('cell', { name: 'Office Professional Plus 2019' })).toBeInTheDocument();
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'visio');
  expect(screen.getByTestId('empty-state')).toHaveTextContent('No benefits match the filters.');
});

it('SW-1 SW-4 a row expands to its key kinds with MAK counts, and says when none are left', async () => {
  mockSoftware();
  renderModule(module);
  const { details } = await expand('Visio Professional 2019');
  expect(details).toHaveTextContent(
    'MAK (multiple activation) · 50 of 50 activations used · Every activation of this MAK key is used; no more are granted.',
  );
  expect(within(details).getByRole('button', { name: 'Get keys' })).toBeEnabled();
});

it('MEM-5 SW-2 Get keys warns first while the refund is open, then shows the keys and instructions', async () => {
  const reveals = mockSoftware();
  renderModule(module);
  const { user, details } = await expand('Office Professional Plus 2019');
  await user.click(within(details).getByRole('button', { name: 'Get keys' }));
  const warning = await screen.findByRole('alertdialog');
  expect(warning).toHaveTextContent('This package is refundable until Dec 6, 2026.');
  await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
  expect(reveals).toEqual([]);
  // Closing gives focus back to the button, so the page is in reach again at once.
  expect(within(details).getByRole('button', { name: 'Get keys' })).toHaveFocus();

  await user.click(within(details).getByRole('button', { name: 'Get keys' }));
  await user.click(
    within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Continue' }),
  );
  const keys = await screen.findByRole('dialog', {
    name: 'Product keys for Office Professional Plus 2019',
  });
  expect(reveals).toEqual([{ benefitId: office.id }]);
  expect(within(keys).getByTestId('product-key')).toHaveTextContent(
    'QK7MP-2TB9X-VH8JD-RC3WP-6N4Y0',
  );
  expect(within(keys).getByTestId('product-key')).toHaveTextContent(
    '42 of 100 activations used · 58 left',
  );
  expect(within(keys).getByTestId('special-instructions')).toHaveTextContent(
    'Install with the Office Deployment Tool',
  );
  expect(within(keys).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

  await user.click(within(keys).getByRole('button', { name: 'Close' }));
  expect(within(details).getByRole('button', { name: 'Get keys' })).toHaveFocus();
  await waitFor(() => expect(keys).not.toBeInTheDocument());
});

it('SW-2 Get keys without a refund at risk reveals at once', async () => {
  const reveals = mockSoftware();
  renderModule(module);
  const { user, details } = await expand('Visio Professional 2019');
  await user.click(within(details).getByRole('button', { name: 'Get keys' }));
  expect(
    await screen.findByRole('dialog', { name: 'Product keys for Visio Professional 2019' }),
  ).toBeInTheDocument();
  expect(reveals).toEqual([{ benefitId: visio.id }]);
  // Also not an inaccessible one: a user sees no warning at all.
  expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument();
});

it('ROLE-4 ROLE-7 an Admin agent reads the list; Get keys is disabled with the roles and Global admins named', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['admin_agent'] } }),
    }),
  );
  renderModule(module);
  expect(await screen.findByTestId('permission-state')).toHaveTextContent(
    'You can read this page but not change it.',
  );
  const { details } = await expand('Windows Server 2019 Datacenter');
  expect(within(details).getByRole('button', { name: 'Get keys' })).toHaveAccessibleDescription(
    'This needs one of these roles: Global admin or MPN partner admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
  expect(within(details).getByRole('button', { name: 'Get keys' })).toBeDisabled();
});

it('SW-3 the download list follows the language and OS chosen, and the choice is saved', async () => {
  const saved: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'software.downloads': (input) => {
        const { language = 'en-US', os = 'x64' } = input as Partial<SoftwarePreferences>;
        return buildSoftwareDownloads({ language, os });
      },
      'software.savePreferences': (input) => {
        saved.push(input);
        return input as SoftwarePreferences;
      },
    }),
  );
  renderModule(module);
  const { user, details } = await expand('Windows Server 2019 Datacenter');
  expect(
    await within(details).findByRole('link', { name: 'en-us_windows_server_2019_x64_dvd.iso' }),
  ).toHaveAttribute(
    'href',
    'https://downloads.partner-benefits.example/software/en-us_windows_server_2019_x64_dvd.iso',
  );
  expect(within(details).getByTestId('download-row')).toHaveTextContent('4.9 GB');

  await user.selectOptions(
    within(details).getByRole('combobox', { name: 'Language' }),
    'Chinese (China)',
  );
  // Saving the choice refetches the list, so the row is read again rather than held.
  const fileShown = (name: string) =>
    waitFor(() => expect(within(details).getByTestId('download-row')).toHaveTextContent(name));
  await fileShown('zh-cn_windows_server_2019_x64_dvd.iso');
  await user.selectOptions(
    within(details).getByRole('combobox', { name: 'Operating system (OS) type' }),
    '32-bit (x86)',
  );
  await fileShown('zh-cn_windows_server_2019_x86_dvd.iso');
  await waitFor(() =>
    expect(saved).toEqual([
      { language: 'zh-CN', os: 'x64' },
      { language: 'zh-CN', os: 'x86' },
    ]),
  );
});

it('X-1 shows the page in zh-CN with the seed wording and Chinese dates', async () => {
  mockServer.use(
    ...trpcHandlers({
      'software.list': {
        items: [buildSoftwareBenefit({ offerType: 'silver', expiresOn: '2027-06-30' })],
      },
    }),
  );
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: '软件' })).toBeInTheDocument();
  expect(await screen.findByText('银牌')).toBeInTheDocument();
  expect(screen.getByText('2027年6月30日')).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: '到期日期' })).toBeInTheDocument();
});

it('X-1 SW-2 SW-3 in zh-CN: products by their Chinese names; 获取密钥 shows the Chinese instructions; languages are named in Chinese', async () => {
  mockSoftware();
  renderModule(module, { locale: 'zh-CN' });
  const user = userEvent.setup();
  await user.click(
    await screen.findByRole('button', { name: '展开 Visio 专业版 2019 的详细信息' }),
  );
  const details = await screen.findByTestId('benefit-row-details');
  expect(await within(details).findByRole('combobox', { name: '语言' })).toHaveDisplayValue(
    '美国英语',
  );
  await user.click(within(details).getByRole('button', { name: '获取密钥' }));
  const keys = await screen.findByRole('dialog', {
    name: 'Visio 专业版 2019 的产品许可密钥',
  });
  expect(within(keys).getByTestId('special-instructions')).toHaveTextContent(
    '请使用 Office 部署工具安装',
  );
});
