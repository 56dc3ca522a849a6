import { benefitRemote } from '@pbc/module-kit/vite';
import { defineConfig } from 'vite';

export default defineConfig(benefitRemote('azure-cloud'));
