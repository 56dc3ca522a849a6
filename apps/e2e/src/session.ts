import { expect, type Page } from '@playwright/test';

/** Seeded demo users (apps/server/README.md); every one signs in with the demo password. */
export const demoPassword = 'Benefits-Demo-2026';
export const demoUsers = {
  globalAdmin: 'global.admin@contoso.example',
  userAdmin: 'user.admin@contoso.example',
  adminAgent: 'agent@contoso.example',
  partnerAdmin: 'partner.admin@contoso.example',
  employee: 'employee@contoso.example',
  guest: 'guest@fabrikam.example',
} as const;

/**
 * Signs in through the API; the page's browser context keeps the session cookie.
 * The sign-in form itself is covered by its own test.
 */
export async function signIn(page: Page, email: string = demoUsers.globalAdmin): Promise<void> {
  const response = await page.request.post('/trpc/auth.signIn', {
    data: { email, password: demoPassword },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * Moves the server's clock (PBC_TEST_CLOCK), the jobs waiting on it, and the page's clock with it;
 * answers the new server time. A spec that moves it puts it back afterwards (`resetClock`).
 */
export async function moveClock(page: Page, days: number): Promise<Date> {
  const response = await page.request.post('/__test/clock', { data: { days } });
  expect(response.ok(), await response.text()).toBe(true);
  const now = new Date(((await response.json()) as { now: string }).now);
  await page.clock.setFixedTime(now);
  return now;
}
