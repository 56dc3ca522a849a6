import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { RemoteManifest } from '@pbc/contract';
import { defineBenefitModule } from '@pbc/module-kit';
import {
  buildMembershipOffer,
  buildMembershipOverview,
  fakeId,
  mockServer,
  renderWithProviders,
  trpcHandlers,
} from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it, vi } from 'vitest';
import { App } from './App.js';

vi.mock('@module-federation/runtime', () => ({ registerRemotes: vi.fn(), loadRemote: vi.fn() }));

const manifestUrl = 'http://localhost/remotes.json';
const remote = (name: string, route: string, en: string, zh: string) => ({
  name,
  entry: `/remotes/${route}/remoteEntry.js`,
  route,
  navLabel: { 'en-US': en, 'zh-CN': zh },
  requiredRoles: [],
});
const manifest: RemoteManifest = {
  remotes: [
    remote('software', 'software', 'Software', '软件'),
    remote('gtm', 'gtm', 'Go-To-Market', '市场推广'),
    remote('technical', 'technical', 'Technical benefits', '技术权益'),
  ],
};
const gtm = defineBenefitModule({ id: 'gtm', Page: () => <p>GTM page</p> });

beforeEach(() => {
  vi.mocked(registerRemotes).mockClear();
  vi.mocked(loadRemote).mockImplementation(async (id: string) => {
    if (id === 'gtm/module') return { default: gtm };
    throw new Error(`${id} is down`);
  });
  mockServer.use(http.get(manifestUrl, () => HttpResponse.json(manifest)));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

function renderShell(path: string, locale: 'en-US' | 'zh-CN' = 'en-US') {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <App manifestUrl={manifestUrl} />
    </MemoryRouter>,
    { locale },
  );
}

it('shows Partner Center with the Benefits navigation from remotes.json and the overview', async () => {
  renderShell('/benefits');
  const nav = await screen.findByRole('navigation');
  expect(await within(nav).findByRole('link', { name: 'Software' })).toHaveAttribute('href', '/benefits/software');
  expect(within(nav).getByRole('link', { name: 'Go-To-Market' })).toBeInTheDocument();
  expect(screen.getByRole('banner')).toHaveTextContent('Partner Center');
  expect(await screen.findAllByText('Contoso Ltd.')).not.toHaveLength(0);
  expect(screen.getAllByTestId('module-card')).toHaveLength(3);
  expect(registerRemotes).toHaveBeenCalledWith(
    expect.arrayContaining([
      expect.objectContaining({ name: 'software', type: 'module', entry: 'http://localhost:3000/remotes/software/remoteEntry.js' }),
    ]),
    { force: true },
  );
});

it('contains a remote that fails to load; Retry fetches its entry again; other modules keep working', async () => {
  const user = userEvent.setup();
  renderShell('/benefits/software');
  const error = await screen.findByTestId('remote-error');
  expect(error).toHaveTextContent('“Software” could not be loaded.');

  vi.mocked(loadRemote).mockResolvedValueOnce({ default: defineBenefitModule({ id: 'software', Page: () => <p>Software page</p> }) });
  await user.click(within(error).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('Software page')).toBeInTheDocument();
  expect(registerRemotes).toHaveBeenLastCalledWith(
    [expect.objectContaining({ name: 'software', entry: expect.stringMatching(/remoteEntry\.js\?attempt=1$/) })],
    { force: true },
  );

  await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Go-To-Market' }));
  expect(await screen.findByText('GTM page')).toBeInTheDocument();
});

it('shows the shell in zh-CN', async () => {
  renderShell('/benefits', 'zh-CN');
  expect(await screen.findByRole('link', { name: '市场推广' })).toBeInTheDocument();
  expect(screen.getByRole('banner')).toHaveTextContent('合作伙伴中心');
  expect(await screen.findByRole('heading', { level: 1, name: '权益' })).toBeInTheDocument();
});

it('asks for sign-in first, then shows the shell', async () => {
  const user = userEvent.setup();
  mockServer.use(...trpcHandlers({ 'auth.me': null }));
  renderShell('/benefits');
  await user.type(await screen.findByLabelText(/Email/), 'global.admin@contoso.example');
  await user.type(screen.getByLabelText(/Password/), 'Benefits-Demo-2026');
  mockServer.use(...trpcHandlers()); // signed in from now on
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('navigation')).toBeInTheDocument();
  expect(screen.getByRole('banner')).toHaveTextContent('Avery Admin');
});

it('contains a module that throws while rendering', async () => {
  const broken = defineBenefitModule({
    id: 'technical',
    Page: () => {
      throw new Error('render failed');
    },
  });
  vi.mocked(loadRemote).mockResolvedValue({ default: broken });
  renderShell('/benefits/technical');
  expect(await screen.findByTestId('remote-error')).toHaveTextContent('“Technical benefits” could not be loaded.');
  expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Software' })).toBeInTheDocument();
});

it('MEM-1 the overview shows the PMC notice when the membership is not migrated, with counts and what expires next', async () => {
  const overview = buildMembershipOverview({
    company: { id: fakeId(), name: 'Fabrikam', currency: 'USD', pmcMigrated: false },
    modules: [{ module: 'software', count: 3 }],
    nextExpiry: { name: { 'en-US': 'Office', 'zh-CN': 'Office' }, module: 'software', expiresOn: '2026-12-31' },
  });
  mockServer.use(...trpcHandlers({ 'membership.overview': overview }));
  renderShell('/benefits');
  expect(await screen.findByTestId('pmc-notice')).toHaveTextContent('continue to manage your MPN membership benefits in PMC');
  expect(screen.getByText('3 benefits')).toBeInTheDocument();
  expect(screen.getByText('Office (Software) on Dec 31, 2026')).toBeInTheDocument();
});

it('X-1 the overview counts take the plural their number needs, and competencies are named in zh-CN', async () => {
  const overview = buildMembershipOverview({
    company: { id: fakeId(), name: 'Fabrikam', currency: 'USD', pmcMigrated: false },
    offers: [buildMembershipOffer({ offerType: 'silver', competencyArea: 'Data Analytics' })],
    modules: [
      { module: 'software', count: 1 },
      { module: 'technical', count: 0 },
    ],
  });
  mockServer.use(...trpcHandlers({ 'membership.overview': overview }));
  const { unmount } = renderShell('/benefits');
  expect(await screen.findByText('1 benefit')).toBeInTheDocument();
  expect(screen.getByText('0 benefits')).toBeInTheDocument();
  expect(screen.queryByText('1 benefits')).not.toBeInTheDocument();
  unmount();
  renderShell('/benefits', 'zh-CN');
  expect(await screen.findByText('1 项权益')).toBeInTheDocument();
  expect(within(screen.getByTestId('offer-card')).getByText('数据分析')).toBeInTheDocument();
});

it('fetches each module when idle after the overview, so opening it loads nothing more', async () => {
  const azure = defineBenefitModule({ id: 'azure-cloud', Page: () => <p>Azure page</p> });
  vi.mocked(loadRemote).mockImplementation(async (id: string) => {
    if (id === 'azure_cloud/module') return { default: azure };
    throw new Error(`${id} is down`);
  });
  mockServer.use(
    http.get(manifestUrl, () =>
      HttpResponse.json({ remotes: [remote('azure_cloud', 'azure-cloud', 'Azure and cloud products', 'Azure 和云产品')] }),
    ),
  );
  const user = userEvent.setup();
  renderShell('/benefits');
  expect(await screen.findAllByText('Contoso Ltd.')).not.toHaveLength(0);
  await vi.waitFor(() => expect(loadRemote).toHaveBeenCalledWith('azure_cloud/module'));

  await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Azure and cloud products' }));
  expect(await screen.findByText('Azure page')).toBeInTheDocument();
  expect(vi.mocked(loadRemote).mock.calls.filter(([id]) => id === 'azure_cloud/module')).toHaveLength(1);
});
