import { integrationTestConfig } from '../../tools/config/vitest.shared.js';

export default integrationTestConfig('ocr');
