import { useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Send from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { CHAT_LIMITS } from '@musubi/shared';

/** The counter appears once this close to the limit. */
const COUNTER_FROM = CHAT_LIMITS.messageMaxChars - 400;
const TYPING_REPEAT_MS = 3000;
const TYPING_IDLE_MS = 4000;

interface Props {
  disabled?: boolean;
  onSend(text: string): void;
  onTyping?(typing: boolean): void;
}

/**
 * Enter sends, Shift+Enter starts a new line. While an IME is composing (Japanese input), Enter
 * confirms the conversion and must not send.
 */
export function Composer({ disabled = false, onSend, onTyping }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const composing = useRef(false);
  const typingSentAt = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const length = Array.from(text).length;
  const tooLong = length > CHAT_LIMITS.messageMaxChars;
  const canSend = !disabled && text.trim().length > 0 && !tooLong;

  const stopTyping = () => {
    clearTimeout(idleTimer.current);
    if (typingSentAt.current) onTyping?.(false);
    typingSentAt.current = 0;
  };

  const noteTyping = () => {
    if (!onTyping) return;
    const now = Date.now();
    if (now - typingSentAt.current > TYPING_REPEAT_MS) {
      typingSentAt.current = now;
      onTyping(true);
    }
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const send = () => {
    if (!canSend) return;
    onSend(text);
    setText('');
    stopTyping();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    const native = event.nativeEvent as globalThis.KeyboardEvent;
    if (composing.current || native.isComposing || native.keyCode === 229) return;
    event.preventDefault();
    send();
  };

  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      sx={{
        display: 'flex',
        alignItems: 'flex-end',
        gap: 1,
        p: { xs: 1, sm: 1.5 },
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <TextField
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            noteTyping();
          }}
          onKeyDown={onKeyDown}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={() => {
            composing.current = false;
          }}
          onBlur={stopTyping}
          multiline
          maxRows={6}
          fullWidth
          size="small"
          disabled={disabled}
          placeholder={t('chat.composer.placeholder')}
          error={tooLong}
          slotProps={{ htmlInput: { 'aria-label': t('chat.composer.label') } }}
        />
        {length >= COUNTER_FROM ? (
          <Typography
            variant="caption"
            color={tooLong ? 'error' : 'text.secondary'}
            aria-live="polite"
            sx={{ display: 'block', textAlign: 'right', mt: 0.5 }}
          >
            {t('chat.composer.counter', { count: length, max: CHAT_LIMITS.messageMaxChars })}
          </Typography>
        ) : null}
      </Box>
      <IconButton
        type="submit"
        color="primary"
        disabled={!canSend}
        aria-label={t('chat.composer.send')}
        sx={{ mb: 0.25 }}
      >
        <Send />
      </IconButton>
    </Box>
  );
}
