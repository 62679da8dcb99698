import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';

export interface Notice {
  message: string;
  /** Offers "Undo" when set. */
  undo?: () => void;
}

/** Long enough to read and reach "Undo" by keyboard; MUI also pauses it while hovered or focused. */
const NOTICE_MS = 10_000;

/** One notice at a time: a new one replaces the last. */
export function useNotice() {
  const [notice, setNotice] = useState<(Notice & { id: number }) | null>(null);
  const show = useCallback((next: Notice) => setNotice((previous) => ({ ...next, id: (previous?.id ?? 0) + 1 })), []);
  const close = useCallback(() => setNotice(null), []);
  return { notice, show, close };
}

/** A short confirmation at the bottom of the screen, with "Undo" when the action can be taken back. */
export function NoticeSnackbar({ notice, onClose }: { notice: (Notice & { id: number }) | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Snackbar
      key={notice?.id}
      open={Boolean(notice)}
      autoHideDuration={NOTICE_MS}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      message={notice?.message}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      action={
        <>
          {notice?.undo ? (
            <Button
              color="secondary"
              size="small"
              onClick={() => {
                notice.undo?.();
                onClose();
              }}
              sx={{ color: '#ffb4a6' }}
            >
              {t('matching.actions.undo')}
            </Button>
          ) : null}
          <IconButton size="small" color="inherit" aria-label={t('matching.actions.closeNotice')} onClick={onClose}>
            <Close fontSize="small" />
          </IconButton>
        </>
      }
    />
  );
}
