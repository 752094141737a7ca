import { unitTestConfig } from '../../tools/config/vitest.shared.js';

export default unitTestConfig('workflows');
