import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

interface Props {
  error?: string | null;
  success?: string | null;
}

/** A live region that is always in the page, so screen readers announce what appears in it. */
export function FormAlert({ error, success }: Props) {
  return (
    <Box aria-live="polite" aria-atomic="true">
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : success ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {success}
        </Alert>
      ) : null}
    </Box>
  );
}
