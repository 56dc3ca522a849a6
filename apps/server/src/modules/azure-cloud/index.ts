// Azure and cloud products (AZ-1…AZ-11): credit access, license keys redeemed once, undone once.
import { defineServerModule } from '../define.js';
import { azureCreditArea, licenseArea } from './benefits.js';
import { azureCloudRouter } from './router.js';
import * as schema from './schema.js';
import { seedAzureCloud } from './seed.js';

export const azureCloudModule = defineServerModule({
  id: 'azure-cloud',
  routers: { azureCloud: azureCloudRouter },
  schema,
  benefits: [azureCreditArea, licenseArea],
  seed: seedAzureCloud,
});
