import { mergeConfig } from 'vitest/config';
import { unitTestConfig } from '../../../tools/config/vitest.shared.js';

// The shared preset only picks up `*.test.ts`; the portal also renders components in `*.test.tsx`.
export default mergeConfig(unitTestConfig('portal-web'), { test: { include: ['src/**/*.test.tsx'] } });
