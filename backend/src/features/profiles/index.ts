export { profilesRouter } from './profiles.routes';
export { registerProfileListeners } from './profiles.listeners';
export { registerContactAccessCheck, type ContactAccessCheck } from './contact-access';
export { registerProfileRanker, type ProfileRanker, type RankRequest, type ProfileCriteria } from './ranking';
export { ProfileModel, type ProfileRecord } from './profile.model';
export { ProfileDeletionModel, type ProfileDeletionRecord } from './profile-deletion.model';
export { presentProfile } from './profile.presenter';
export { canViewProfile, listableVisibilities, viewerFromSession, type Viewer } from './viewer';
import './profile.events';
