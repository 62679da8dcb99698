export { profilesRouter } from './profiles.routes';
export { registerProfileListeners } from './profiles.listeners';
export {
  registerContactAccessCheck,
  registerContactBarrier,
  type ContactAccessCheck,
  type ContactBarrierCheck,
} from './contact-access';
export { registerProfileRanker, type ProfileRanker, type RankRequest, type ProfileCriteria } from './ranking';
export { ProfileModel, type ProfileRecord } from './profile.model';
export { ProfileDeletionModel, type ProfileDeletionRecord } from './profile-deletion.model';
export { presentProfile, presentProfileCard, avatarUrlOf } from './profile.presenter';
export { findVisibleProfile, toStoredFields } from './profiles.service';
export { presentTag, resolveProfileTags, resolveTagFilter } from './profile-tags';
export { avatarEtagsOf } from './avatar-etags';
export { canViewProfile, listableVisibilities, viewerFromSession, type Viewer } from './viewer';
import './profile.events';
