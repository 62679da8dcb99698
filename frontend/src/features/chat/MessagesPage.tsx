import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ChatBubbleOutline from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';
import { useChatState, useChatStore } from './ChatContext';
import { ConversationList } from './ConversationList';
import { conversationName, groupTitle, isGroup, otherMember } from './chatFormat';
import { ThreadView } from './ThreadView';

function Centered({ children }: { children: React.ReactNode }) {
  return (
    <Box
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        gap: 2,
        p: 3,
      }}
    >
      {children}
    </Box>
  );
}

/** `/messages` and `/messages/:conversationId`: side by side on desktop, one screen at a time on phones. */
export function MessagesPage() {
  const { t, i18n } = useTranslation();
  const { conversationId = null } = useParams();
  const { user } = useAuth();
  const store = useChatStore();
  const state = useChatState();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'));
  const [listError, setListError] = useState<string | null>(null);
  const [threadError, setThreadError] = useState<{ id: string; message: string; missing: boolean } | null>(null);
  const conversation = conversationId ? state.conversations.find((c) => c.id === conversationId) : undefined;
  const group = conversation && isGroup(conversation);
  const other = conversation && user && !group ? otherMember(conversation, user.id) : undefined;
  const groupName = group ? (groupTitle(conversation, i18n.language) ?? t('chat.group.untitled')) : null;
  usePageTitle(
    groupName
      ? t('chat.group.pageTitle', { name: groupName })
      : conversation && user && other
        ? t('chat.titleWith', {
            name: conversationName(conversation, user.id, i18n.language, {
              untitled: t('chat.group.untitled'),
              unknown: t('chat.unknownMember'),
              unnamed: t('chat.neutralMember'),
            }),
          })
        : t('chat.title'),
  );

  useEffect(() => {
    if (!store) return;
    store.loadConversations().catch((error: unknown) => setListError(describeApiError(error, t).message));
  }, [store, t]);

  const known = Boolean(conversation);
  useEffect(() => {
    if (!store || !conversationId || known) return;
    store.loadConversation(conversationId).catch((error: unknown) =>
      setThreadError({
        id: conversationId,
        message: describeApiError(error, t).message,
        missing: error instanceof ApiError && (error.status === 404 || error.status === 403),
      }),
    );
  }, [store, conversationId, known, t]);

  if (!user) return null;
  const showList = desktop || !conversationId;
  const showThread = desktop || Boolean(conversationId);
  const error = threadError && threadError.id === conversationId ? threadError : null;

  let threadPane: React.ReactNode;
  if (conversation) {
    threadPane = (
      <ThreadView
        key={conversation.id}
        conversation={conversation}
        userId={user.id}
        timeZone={user.timeZone}
        showBack={!desktop}
      />
    );
  } else if (error) {
    threadPane = (
      <Centered>
        <Typography>{error.missing ? t('chat.thread.notFound') : error.message}</Typography>
        <Button component={RouterLink} to="/messages" variant="outlined">
          {t('chat.back')}
        </Button>
      </Centered>
    );
  } else if (conversationId) {
    threadPane = (
      <Centered>
        <CircularProgress aria-label={t('app.loading')} />
      </Centered>
    );
  } else {
    threadPane = (
      <Centered>
        <ChatBubbleOutline sx={{ fontSize: 48, color: 'text.disabled' }} aria-hidden />
        <Typography color="text.secondary">{t('chat.pickConversation')}</Typography>
      </Centered>
    );
  }

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 0, sm: 3 }, mt: { xs: -3, sm: -2 }, mb: { xs: -3, sm: 0 } }}>
      <Typography
        variant="h1"
        sx={{
          fontSize: { xs: '1.5rem', sm: '2rem' },
          mb: 2,
          px: { xs: 2, sm: 0 },
          pt: { xs: 2, sm: 0 },
          ...(showList ? {} : { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }),
        }}
      >
        {t('chat.title')}
      </Typography>
      <Paper
        variant="outlined"
        sx={{
          display: 'flex',
          height: {
            xs: showList ? 'calc(100dvh - 56px - 64px)' : 'calc(100dvh - 56px)',
            sm: 'calc(100dvh - 64px - 160px)',
          },
          minHeight: 420,
          overflow: 'hidden',
          borderRadius: { xs: 0, sm: 2 },
          borderLeft: { xs: 0, sm: 1 },
          borderRight: { xs: 0, sm: 1 },
          borderColor: { xs: 'divider', sm: 'divider' },
        }}
      >
        {showList ? (
          <Box
            component="section"
            aria-label={t('chat.list.label')}
            sx={{
              width: desktop ? 340 : '100%',
              flex: 'none',
              borderRight: desktop ? 1 : 0,
              borderColor: 'divider',
              overflowY: 'auto',
            }}
          >
            {listError ? (
              <Alert severity="error" sx={{ m: 1 }}>
                {listError}
              </Alert>
            ) : null}
            {!state.conversationsLoaded && !listError ? (
              <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
                <CircularProgress size={28} aria-label={t('app.loading')} />
              </Box>
            ) : null}
            {state.conversationsLoaded && state.conversations.length === 0 ? (
              <Box sx={{ p: 3 }}>
                <Typography sx={{ mb: 2 }}>{t('chat.list.empty')}</Typography>
                <Button component={RouterLink} to="/suggestions" variant="outlined">
                  {t('chat.list.findPeople')}
                </Button>
              </Box>
            ) : null}
            <ConversationList
              conversations={state.conversations}
              activeId={conversationId}
              userId={user.id}
              timeZone={user.timeZone}
            />
          </Box>
        ) : null}
        {showThread ? <Box sx={{ flex: 1, minWidth: 0 }}>{threadPane}</Box> : null}
      </Paper>
    </Container>
  );
}
