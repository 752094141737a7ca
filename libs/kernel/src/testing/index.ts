export { fixedClock, manualClock, type ManualClock } from '../clock.js';
export { sequentialIdGenerator } from '../id.js';
