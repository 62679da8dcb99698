/** Imports every mongoose model so indexes are created at connect time. */
import './features/accounts/user.model';
import './features/accounts/session.model';
import './features/accounts/login-attempt.model';
