import { expect, request, test } from '@playwright/test';
import { demoUsers, signIn } from './session.js';

/** X-6 end to end: a Global admin creates a token on Account settings, a service uses it, Revoke ends it. */
test('X-6 a token created on API tokens is shown once, lists seats for a service, and stops when revoked', async ({
  page,
  baseURL,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/account/api-tokens');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog');
  const name = `E2E seat sync ${Date.now()}`;
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const secret = await dialog.getByTestId('api-token-secret').inputValue();
  expect(secret).toMatch(/^pbc_[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const row = main.getByTestId('api-token').filter({ hasText: name });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText('Read benefits');
  await expect(page.getByText(secret)).toHaveCount(0);

  // A service: no cookie, only the token.
  const service = await request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  const list = await service.get('/trpc/visualStudio.list');
  expect(list.status(), await list.text()).toBe(200);
  expect(
    ((await list.json()) as { result: { data: { items: unknown[] } } }).result.data.items.length,
  ).toBeGreaterThan(0);

  await row.getByRole('button', { name: `Revoke: ${name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');
  const after = await service.get('/trpc/visualStudio.list');
  expect(after.status()).toBe(401);
  expect(
    ((await after.json()) as { error: { data: { details: unknown } } }).error.data.details,
  ).toEqual({
    reason: 'TOKEN_REVOKED',
  });
  await service.dispose();
});
