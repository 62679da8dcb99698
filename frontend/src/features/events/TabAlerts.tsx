import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

interface Props {
  notice: string | null;
  error: string | null;
  onCloseNotice(): void;
}

/** A manage tab's live region: what the last action did (dismissable) and what went wrong. */
export function TabAlerts({ notice, error, onCloseNotice }: Props) {
  return (
    <Box aria-live="polite">
      {notice ? (
        <Alert severity="success" sx={{ mb: 2 }} onClose={onCloseNotice}>
          {notice}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
