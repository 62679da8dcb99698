import express, { Router, type Response } from 'express';
import { ListProfilesQuerySchema, PROFILE_LIMITS, ProfileDraftSchema, UpsertProfileSchema } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { deleteMyAvatar, getAvatarForViewer, setMyAvatar, type AvatarImage } from './avatar.service';
import { deleteMyDraft, getMyDraft, saveMyDraft } from './drafts.service';
import { presentDraft, presentProfile } from './profile.presenter';
import { listProfiles } from './profiles.directory';
import {
  deleteProfileOfUser,
  getMyProfile,
  getProfileForViewer,
  upsertMyProfile,
  type LoadedProfile,
} from './profiles.service';
import { viewerFromSession } from './viewer';

/** Only on the upload route: the body is the image itself, its type decided by magic bytes. */
const rawImage = express.raw({
  type: ['image/png', 'image/jpeg', 'image/webp', 'application/octet-stream'],
  limit: PROFILE_LIMITS.avatarMaxBytes,
});

function sendAvatar(req: express.Request, res: Response, image: AvatarImage): void {
  res.setHeader('Content-Type', image.contentType);
  res.setHeader('ETag', `"${image.etag}"`);
  res.setHeader('Cache-Control', 'private, max-age=86400');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // An SVG opened directly is a document: it may run nothing and load nothing.
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.end(image.body);
}

/** One's own profile as its owner sees it: contact details included. */
const presentOwn = (req: express.Request, { profile, avatarEtag }: LoadedProfile) =>
  presentProfile(profile, viewerFromSession(req.auth), { canSeeContact: true, avatarEtag });

/** /api/profiles…: one's own profile, draft and picture; other people's profiles; the directory. */
export function profilesRouter(events: DomainEventBus): Router {
  const router = Router();

  router.get('/profiles/me', requireUser, async (req, res) => {
    res.json({ profile: presentOwn(req, await getMyProfile(authOf(req).user._id.toString())) });
  });

  router.put('/profiles/me', requireUser, async (req, res) => {
    const input = parseInput(UpsertProfileSchema, req.body);
    const saved = await upsertMyProfile(authOf(req).user._id.toString(), input, events);
    res.status(saved.created ? 201 : 200).json({ profile: presentOwn(req, saved) });
  });

  router.delete('/profiles/me', requireUser, async (req, res) => {
    await deleteProfileOfUser(authOf(req).user._id.toString(), events);
    res.status(204).end();
  });

  router.get('/profiles/me/draft', requireUser, async (req, res) => {
    res.json({ draft: presentDraft(await getMyDraft(authOf(req).user._id.toString())) });
  });

  router.put('/profiles/me/draft', requireUser, async (req, res) => {
    const input = parseInput(ProfileDraftSchema, req.body);
    res.json({ draft: presentDraft(await saveMyDraft(authOf(req).user._id.toString(), input)) });
  });

  router.delete('/profiles/me/draft', requireUser, async (req, res) => {
    await deleteMyDraft(authOf(req).user._id.toString());
    res.status(204).end();
  });

  router.put('/profiles/me/avatar', requireUser, rawImage, async (req, res) => {
    res.json({ profile: presentOwn(req, await setMyAvatar(authOf(req).user._id.toString(), req.body)) });
  });

  router.delete('/profiles/me/avatar', requireUser, async (req, res) => {
    res.json({ profile: presentOwn(req, await deleteMyAvatar(authOf(req).user._id.toString())) });
  });

  router.get('/profiles', async (req, res) => {
    const query = parseInput(ListProfilesQuerySchema, req.query);
    const viewer = viewerFromSession(req.auth);
    const page = await listProfiles(query, viewer);
    res.json({
      items: page.items.map(({ profile, avatarEtag }) =>
        presentProfile(profile, viewer, { canSeeContact: false, avatarEtag }),
      ),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/profiles/:id', async (req, res) => {
    const viewer = viewerFromSession(req.auth);
    const { profile, canSeeContact, avatarEtag } = await getProfileForViewer(req.params.id, viewer);
    res.json({ profile: presentProfile(profile, viewer, { canSeeContact, avatarEtag }) });
  });

  router.get('/profiles/:id/avatar', async (req, res) => {
    sendAvatar(req, res, await getAvatarForViewer(req.params.id, viewerFromSession(req.auth)));
  });

  return router;
}
