/** Imports every mongoose model so indexes are created at connect time. */
import './features/accounts/user.model';
import './features/accounts/session.model';
import './features/accounts/login-attempt.model';
import './features/profiles/profile.model';
import './features/profiles/avatar.model';
import './features/profiles/draft.model';
import './features/profiles/profile-deletion.model';
import './features/profiles/profile-lock.model';
import './features/matching/profile-tokens.model';
import './features/matching/feedback.model';
import './features/chat/conversation.model';
import './features/chat/message.model';
import './features/chat/chat-user.model';
import './features/chat/report.model';
import './features/meetings/meeting.model';
import './features/meetings/availability.model';
import './features/notifications/notification.model';
