import { describeUpgradeShift } from './upgrade-shift.js';

describeUpgradeShift(360, 640);
