import { Schema, model } from 'mongoose';
import { ROLES } from '@musubi/shared';

export const ROLE_CHANGE_ACTIONS = ['granted', 'declined', 'revoked', 'set'] as const;
export type RoleChangeAction = (typeof ROLE_CHANGE_ACTIONS)[number];

/**
 * The audit trail of role decisions: who (an admin's id, or null for the CLI), when, what. A request's
 * decision has `_id` `decision:<userId>:<requestedAt ms>`, so inserting it is also the claim that
 * lets exactly one of two admins deciding at once win.
 */
const roleChangeSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    actorId: { type: Schema.Types.ObjectId, default: null },
    via: { type: String, enum: ['admin', 'cli'], required: true },
    action: { type: String, enum: ROLE_CHANGE_ACTIONS, required: true },
    fromRole: { type: String, enum: ROLES, required: true },
    toRole: { type: String, enum: ROLES, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'role_changes', versionKey: false },
);
roleChangeSchema.index({ userId: 1, createdAt: 1 });

export const RoleChangeModel = model('RoleChange', roleChangeSchema);
