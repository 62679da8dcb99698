export { createLimits, purgeExpiredLimits, type Limits } from './limits';
export { Limiter, type LimitRule, type LimitStore, type ConsumeResult } from './limiter';
export { limitMemberWrites } from './member-writes';
export { clientAddressKey } from './client-address';
