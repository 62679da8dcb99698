import { useState } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import EventAvailable from '@mui/icons-material/EventAvailableOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { RequestMeetingDialog, type MeetingOrigin } from './RequestMeetingDialog';

interface Props {
  profileId: string;
  /** The receiver's name, for the dialog title and "their time". */
  name: string;
  origin: MeetingOrigin;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
  /** "Meet" rather than "Request meeting", for cards. */
  short?: boolean;
}

/** Opens the request dialog; visitors are sent to log in first. Afterwards shows the new request. */
export function RequestMeetingButton({ profileId, name, origin, size, variant = 'outlined', short = false }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);

  const start = () => {
    if (user) setOpen(true);
    else void navigate(`/login?next=${encodeURIComponent(`/profiles/${profileId}`)}`);
  };

  return (
    <>
      <Button
        size={size}
        variant={variant}
        startIcon={<EventAvailable />}
        onClick={start}
        sx={{ whiteSpace: 'nowrap', px: size === 'small' ? 1 : undefined }}
      >
        {short ? t('meetings.request.buttonShort') : t('meetings.request.button')}
      </Button>
      {user && open ? (
        <RequestMeetingDialog
          onClose={() => setOpen(false)}
          profileId={profileId}
          name={name}
          origin={origin}
          viewerZone={user.timeZone}
          onCreated={(meeting) => {
            setOpen(false);
            void navigate(`/meetings/${meeting.id}`, { state: { created: true } });
          }}
        />
      ) : null}
    </>
  );
}
