import { defineBenefitModule } from '@pbc/module-kit';
import { GtmPage } from './GtmPage.js';

export default defineBenefitModule({ id: 'gtm', Page: GtmPage });
