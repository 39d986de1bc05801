import { describeUpgradeShift } from './upgrade-shift.js';

describeUpgradeShift(1280, 800);
