// Visual Studio subscriptions: assign a seat, meet VS-5's 90 days, move the clock, reassign
// (in both languages), and ROLE-3/ROLE-7 for someone who is not a Global admin.
import { expect, test, type Page } from '@playwright/test';
import { demoUsers, moveClock, signIn } from './session.js';

const main = (page: Page) => page.getByRole('main');

/** The seat `email` holds in the Gold Enterprise subscription, as the server answers it. */
async function seatOf(page: Page, email: string) {
  const trpc = async (path: string, input: unknown) => {
    const query = encodeURIComponent(JSON.stringify(input));
    const response = await page.request.get(`/trpc/${path}?input=${query}`);
    return ((await response.json()) as { result: { data: { items: never[] } } }).result.data.items;
  };
  const subscriptions: { id: string; edition: string; offerType: string }[] = await trpc(
    'visualStudio.list',
    {},
  );
  const enterprise = subscriptions.find(
    (s) => s.edition === 'Visual Studio Enterprise' && s.offerType === 'gold',
  )!;
  const seats: { holder: { email: string }; unlocksAt: string }[] = await trpc(
    'visualStudio.seats',
    { subscriptionId: enterprise.id },
  );
  return seats.find((s) => s.holder.email === email)!;
}

/** How the page formats an instant (formatDateTime in @pbc/i18n), in the browser's own zone. */
const formatted = (page: Page, iso: string, locale: string) =>
  page.evaluate(
    ([value, lang]) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(value!),
      ),
    [iso, locale],
  );

const journeys = [
  {
    locale: 'en-US',
    // Silver and Gold both grant Enterprise seats: each row says which (MEM-8).
    expand: 'Show details for Visual Studio Enterprise (Gold)',
    assignUser: 'Assign user',
    reassign: 'Reassign',
    lockedUntil: (date: string) =>
      `Can be reassigned from ${date}: 90 days after the original assignment.`,
    member: 'Member',
    holder: { name: 'Evan Brooks', email: demoUsers.employee },
    next: { name: 'Ulrich Meyer', email: demoUsers.userAdmin },
  },
  {
    locale: 'zh-CN',
    expand: '展开 Visual Studio Enterprise（金牌） 的详细信息',
    assignUser: '分配用户',
    reassign: '重新分配',
    lockedUntil: (date: string) => `自 ${date} 起可重新分配：距原始分配时间 90 天后。`,
    member: '成员',
    holder: { name: 'Aiko Tanaka', email: demoUsers.adminAgent },
    next: { name: 'Priya Natarajan', email: demoUsers.partnerAdmin },
  },
] as const;

test.describe.configure({ mode: 'serial' });

// The specs after this one see today again.
test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

for (const journey of journeys) {
  test(`VS-2/VS-5 a Global admin assigns a seat, cannot reassign it early, reassigns after 90 days (${journey.locale})`, async ({
    page,
  }) => {
    await page.addInitScript(
      (locale) => localStorage.setItem('pbc.locale', locale),
      journey.locale,
    );
    await signIn(page);
    await moveClock(page, 0);
    await page.goto('/benefits/visual-studio');
    await main(page).getByRole('button', { name: journey.expand }).click();
    const panel = main(page).getByTestId('vs-seats');
    const option = (user: { name: string; email: string }) =>
      `${user.name} (${user.email}, ${journey.member})`;

    await panel.getByRole('combobox').selectOption({ label: option(journey.holder) });
    await panel.getByRole('button', { name: journey.assignUser }).click();
    const seat = panel.getByTestId('vs-seat').filter({ hasText: journey.holder.email });
    await expect(seat).toBeVisible();

    // VS-5: disabled, with the date it unlocks.
    const { unlocksAt } = await seatOf(page, journey.holder.email);
    const reassign = seat.getByRole('button', { name: journey.reassign });
    await expect(reassign).toBeDisabled();
    await expect(seat).toContainText(
      journey.lockedUntil(await formatted(page, unlocksAt, journey.locale)),
    );

    // 91 days later on the server (the session has ended by then: sign in again). The browser's
    // clock stays at today: the page must follow the server's judgement of VS-5, not its own.
    const today = new Date();
    await moveClock(page, 91);
    await page.clock.setFixedTime(today);
    await signIn(page);
    await page.reload();
    await main(page).getByRole('button', { name: journey.expand }).click();
    await expect(reassign).toBeEnabled();
    await reassign.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').selectOption({ label: option(journey.next) });
    await dialog.getByRole('button', { name: journey.reassign }).click();
    await expect(dialog).toBeHidden();
    await expect(
      panel.getByTestId('vs-seat').filter({ hasText: journey.next.email }),
    ).toBeVisible();
    await expect(
      panel.getByTestId('vs-seat').filter({ hasText: journey.holder.email }),
    ).toHaveCount(0);
  });
}

test('MEM-3 at 1280 px every badge of the Visual Studio table holds its label inside its pill', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await page.goto('/benefits/visual-studio');
  const badges = main(page).locator('table .fui-Badge');
  // Contoso's seats come with its levels (MEM-8): core benefit badges, the longest label there.
  await expect(badges.filter({ hasText: 'Core benefit' }).first()).toBeVisible();
  const spills = await badges.evaluateAll((pills) =>
    pills.flatMap((pill) => {
      const box = pill.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(pill);
      const text = range.getBoundingClientRect();
      const inside =
        text.left >= box.left - 0.5 &&
        text.right <= box.right + 0.5 &&
        text.top >= box.top - 0.5 &&
        text.bottom <= box.bottom + 0.5;
      return inside ? [] : [pill.textContent];
    }),
  );
  expect(spills).toEqual([]);
});

test('ROLE-3/ROLE-7 an MPN partner admin sees Assign user disabled, with the Global admins to ask', async ({
  page,
}) => {
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/benefits/visual-studio');
  await main(page)
    .getByRole('button', { name: 'Show details for Visual Studio Enterprise (Gold)' })
    .click();
  const assign = main(page).getByTestId('vs-seats').getByRole('button', { name: 'Assign user' });
  await expect(assign).toBeDisabled();
  await expect(assign).toHaveAccessibleDescription(
    /This needs one of these roles: Global admin\. Ask a Global admin of your company: .*Grace Taylor \(global\.admin@contoso\.example\)/,
  );
});
