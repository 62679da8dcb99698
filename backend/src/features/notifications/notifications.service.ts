import { Types, trusted } from 'mongoose';
import { z } from 'zod';
import {
  OBJECT_ID_PATTERN,
  type NotificationDto,
  type NotificationPageDto,
  type NotificationType,
} from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { badCursor } from '../../http/errors';
import { NotificationModel, type NotificationRecord } from './notification.model';
import { presentNotification } from './notifications.presenter';

const oid = (id: string) => new Types.ObjectId(id);

export interface NewNotification {
  recipientId: string;
  type: NotificationType;
  actor: NotificationDto['actor'];
  subject: NotificationDto['subject'];
  data?: NotificationDto['data'];
  createdAt?: Date;
}

/** Stores one notification per recipient and pushes each (with the new unread count) in real time. */
export async function notify(events: DomainEventBus, items: NewNotification[]): Promise<void> {
  for (const item of items) {
    const doc = await NotificationModel.create({
      recipientId: oid(item.recipientId),
      type: item.type,
      actor: item.actor,
      subject: item.subject,
      data: item.data ?? {},
      readAt: null,
      createdAt: item.createdAt ?? new Date(),
    });
    const notification = presentNotification(doc.toObject() as NotificationRecord);
    const unread = await unreadCount(item.recipientId);
    events.emit('notification.created', { userId: item.recipientId, notification, unreadCount: unread });
  }
}

export async function unreadCount(userId: string): Promise<number> {
  return NotificationModel.countDocuments({ recipientId: oid(userId), readAt: null });
}

const CursorSchema = z.strictObject({ before: z.string().regex(OBJECT_ID_PATTERN) });

function decodeCursor(raw: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw badCursor();
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data.before;
  } catch {
    // falls through to the 400 below
  }
  throw badCursor();
}

const encodeCursor = (before: string) => Buffer.from(JSON.stringify({ before }), 'utf8').toString('base64url');

/** The user's notifications, newest first, with their unread total. */
export async function listNotifications(
  userId: string,
  query: { unreadOnly?: 'true' | 'false'; cursor?: string; limit: number },
): Promise<NotificationPageDto> {
  const filter: Record<string, unknown> = { recipientId: oid(userId) };
  if (query.unreadOnly === 'true') filter.readAt = null;
  if (query.cursor) filter._id = trusted({ $lt: oid(decodeCursor(query.cursor)) });
  const rows = await NotificationModel.find(filter)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean<NotificationRecord[]>();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!._id.toString()) : null,
    unreadCount: await unreadCount(userId),
  };
}

/** Marks some (own) notifications or all of them read; returns the new unread total. */
export async function markNotificationsRead(
  userId: string,
  input: { ids: string[] } | { all: true },
  events: DomainEventBus,
): Promise<{ unreadCount: number }> {
  const now = new Date();
  if ('ids' in input) {
    // One `_id` update each: FerretDB v1 uses its primary key only for `_id` equality.
    await Promise.all(
      [...new Set(input.ids)].map((id) =>
        NotificationModel.updateOne(
          { _id: oid(id), recipientId: oid(userId), readAt: null },
          { $set: { readAt: now } },
        ),
      ),
    );
  } else {
    await NotificationModel.updateMany({ recipientId: oid(userId), readAt: null }, { $set: { readAt: now } });
  }
  const count = await unreadCount(userId);
  events.emit('notifications.unread', { userId, unreadCount: count });
  return { unreadCount: count };
}

/** A deleted account's notifications go with it. */
export async function deleteNotificationsOf(userId: string): Promise<void> {
  await NotificationModel.deleteMany({ recipientId: oid(userId) });
}
