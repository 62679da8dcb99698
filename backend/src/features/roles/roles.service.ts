import { Types, trusted } from 'mongoose';
import { z } from 'zod';
import {
  OBJECT_ID_PATTERN,
  type AdminPageDto,
  type AdminPageQuery,
  type OrganiserItemDto,
  type OrganiserRequestItemDto,
  type Role,
} from '@musubi/shared';
import { isDuplicateKey } from '../../db/unique';
import type { DomainEventBus } from '../../events';
import { conflict, notFound } from '../../http/errors';
import { cursorCodec } from '../../http/cursor';
import { setRole, UserModel, type UserDocument } from '../accounts';
import { notify } from '../notifications';
import { RoleChangeModel, type RoleChangeAction } from './role-change.model';
import { presentOrganiserItem, presentOrganiserRequestItem } from './roles.presenter';

const oid = (id: string) => new Types.ObjectId(id);

/**
 * A member asks to organise events (from settings; sign-up asks through registration). Asking again
 * while pending only updates the note; organisers and admins have nothing to ask for.
 */
export async function requestOrganiserRole(user: UserDocument, note: string): Promise<UserDocument> {
  if (user.role !== 'member') throw conflict('You can already organise events', { reason: 'already_organiser' });
  if (user.organiserRequest?.status === 'pending') user.set('organiserRequest.note', note);
  else user.set('organiserRequest', { status: 'pending', note, requestedAt: new Date(), decidedAt: null });
  await user.save();
  return user;
}

interface AuditEntry {
  _id: string;
  userId: Types.ObjectId;
  actorId: string | null;
  action: RoleChangeAction;
  fromRole: Role;
  toRole: Role;
}

async function audit(entry: AuditEntry, at: Date): Promise<void> {
  await RoleChangeModel.create({
    ...entry,
    actorId: entry.actorId ? oid(entry.actorId) : null,
    via: entry.actorId ? 'admin' : 'cli',
    createdAt: at,
  });
}

async function notifyOutcome(events: DomainEventBus, userId: string, outcome: RoleChangeAction): Promise<void> {
  // No actor: which admin decided is kept in the audit trail, not shown to the member.
  await notify(events, [
    {
      recipientId: userId,
      type: 'account.organiser',
      actor: null,
      subject: { kind: 'account', id: userId },
      data: { outcome },
    },
  ]);
}

/**
 * An admin grants or declines a pending request. The decision's audit entry is inserted first: its
 * `_id` names the request, so of two admins deciding at once exactly one wins (the other gets 409).
 */
export async function decideOrganiserRequest(
  adminId: string,
  userId: string,
  outcome: 'granted' | 'declined',
  events: DomainEventBus,
): Promise<OrganiserRequestItemDto> {
  const user = await UserModel.findById(userId);
  const requestedAt = user?.organiserRequest?.requestedAt;
  if (!user || user.role !== 'member' || user.organiserRequest?.status !== 'pending' || !requestedAt)
    throw notFound('Organiser request');
  const now = new Date();
  const toRole: Role = outcome === 'granted' ? 'organiser' : 'member';
  try {
    await audit(
      {
        _id: `decision:${userId}:${requestedAt.getTime()}`,
        userId: user._id,
        actorId: adminId,
        action: outcome,
        fromRole: user.role as Role,
        toRole,
      },
      now,
    );
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('This request was already decided', { reason: 'already_decided' });
    throw err;
  }
  await UserModel.updateOne(
    { _id: user._id },
    { $set: { role: toRole, 'organiserRequest.status': outcome, 'organiserRequest.decidedAt': now } },
  );
  await notifyOutcome(events, userId, outcome);
  return presentOrganiserRequestItem(user);
}

/** An admin takes the organiser role back; the account is a member again (its events stay as they are). */
export async function revokeOrganiser(adminId: string, userId: string, events: DomainEventBus): Promise<void> {
  const user = await UserModel.findById(userId);
  if (!user || user.role !== 'organiser') throw notFound('Organiser');
  const now = new Date();
  await UserModel.updateOne(
    { _id: user._id, role: 'organiser' },
    { $set: { role: 'member', 'organiserRequest.status': 'revoked', 'organiserRequest.decidedAt': now } },
  );
  await audit(
    {
      _id: `revoke:${new Types.ObjectId().toString()}`,
      userId: user._id,
      actorId: adminId,
      action: 'revoked',
      fromRole: 'organiser',
      toRole: 'member',
    },
    now,
  );
  await notifyOutcome(events, userId, 'revoked');
}

/** The CLI's `grant-role`: sets any role by email, audited with no actor. Null when no such account. */
export async function setRoleFromCli(email: string, role: Role): Promise<UserDocument | null> {
  const before = await UserModel.findOne({ email: email.toLowerCase() }, { role: 1 }).lean();
  const user = await setRole(email, role);
  if (!user || !before) return null;
  await audit(
    {
      _id: `cli:${new Types.ObjectId().toString()}`,
      userId: user._id,
      actorId: null,
      action: 'set',
      fromRole: before.role as Role,
      toRole: role,
    },
    new Date(),
  );
  return user;
}

const CursorSchema = z.strictObject({ k: z.number().int().min(0), id: z.string().regex(OBJECT_ID_PATTERN) });
const { encode: encodeCursor, decode: decodeCursor } = cursorCodec(CursorSchema);

/** Pending requests, oldest first, for the admin page. */
export async function listOrganiserRequests(query: AdminPageQuery): Promise<AdminPageDto<OrganiserRequestItemDto>> {
  const and: Record<string, unknown>[] = [{ 'organiserRequest.status': 'pending' }, { role: 'member' }];
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const at = new Date(c.k);
    and.push({
      $or: [
        { 'organiserRequest.requestedAt': trusted({ $gt: at }) },
        { 'organiserRequest.requestedAt': at, _id: trusted({ $gt: oid(c.id) }) },
      ],
    });
  }
  const rows = await UserModel.find(trusted({ $and: and }))
    .sort({ 'organiserRequest.requestedAt': 1, _id: 1 })
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentOrganiserRequestItem),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ k: last.organiserRequest?.requestedAt?.getTime() ?? 0, id: last._id.toString() })
        : null,
  };
}

/** Every organiser, in sign-up order, for the admin page. */
export async function listOrganisers(query: AdminPageQuery): Promise<AdminPageDto<OrganiserItemDto>> {
  const filter: Record<string, unknown> = { role: 'organiser' };
  if (query.cursor) filter._id = trusted({ $gt: oid(decodeCursor(query.cursor).id) });
  const rows = await UserModel.find(filter)
    .sort({ _id: 1 })
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentOrganiserItem),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ k: 0, id: last._id.toString() }) : null,
  };
}
