import { defineBenefitModule } from '@pbc/module-kit';
import { AzurePage } from './AzurePage.js';

export default defineBenefitModule({ id: 'azure-cloud', Page: AzurePage });
