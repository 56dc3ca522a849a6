// AZ-7: how a license-based subscription's product key is redeemed, and the portal to do it in:
// what a row of the Azure tab expands to ("read the instructions on how to redeem the keys, then
// select the link that redirects you to the portal", seed page). One entry per product family;
// every product the catalog lists belongs to one, so no row is left without them.
import type { LicenseSubscription } from '@pbc/contract';

type Redemption = LicenseSubscription['redemption'];

/** The Microsoft 365 product-key page: Office 365, Intune, Power BI and Azure AD keys. */
const microsoft365: Redemption = {
  portalUrl: 'https://signup.microsoft.com/productkeystart',
  instructions: {
    'en-US':
      'Sign in to the portal as a Global admin of the tenant the key is for, enter the product key, and choose whether it adds seats to this subscription or extends its end date. A key redeems once only: check the tenant before you confirm.',
    'zh-CN':
      '以密钥所属租户的全局管理员身份登录门户，输入产品密钥，然后选择是为此订阅添加席位还是延长其结束日期。每个密钥只能兑换一次：确认前请检查租户。',
  },
};

const dynamics365: Redemption = {
  portalUrl: 'https://signup.microsoft.com/productkeystart',
  instructions: {
    'en-US':
      'Sign in to the portal as a Global admin of the tenant the key is for and enter the product key. Then open the Power Platform admin center to create or choose the Dynamics 365 environment the licenses are for. A key redeems once only: check the tenant before you confirm.',
    'zh-CN':
      '以密钥所属租户的全局管理员身份登录门户并输入产品密钥。然后打开 Power Platform 管理中心，创建或选择这些许可证所用的 Dynamics 365 环境。每个密钥只能兑换一次：确认前请检查租户。',
  },
};

/** The instructions and portal of `product`, by its family. */
export function redemptionOf(product: string): Redemption {
  return product.startsWith('Dynamics 365') ? dynamics365 : microsoft365;
}
