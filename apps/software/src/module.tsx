import { defineBenefitModule } from '@pbc/module-kit';
import { SoftwarePage } from './SoftwarePage.js';

export default defineBenefitModule({ id: 'software', Page: SoftwarePage });
