import { defineBenefitModule } from '@pbc/module-kit';
import { VisualStudioPage } from './VisualStudioPage.js';

export default defineBenefitModule({ id: 'visual-studio', Page: VisualStudioPage });
