import { defineBenefitModule } from '@pbc/module-kit';
import { TechnicalPage } from './TechnicalPage.js';

export default defineBenefitModule({ id: 'technical', Page: TechnicalPage });
