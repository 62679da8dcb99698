import type { ChatAckErrorCode } from '@musubi/shared';

/** An error a socket handler turns into an error ack (HTTP routes never see `blocked`). */
export class ChatError extends Error {
  constructor(
    public readonly code: ChatAckErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ChatError';
  }
}

export const blocked = () => new ChatError('blocked', 'Messages cannot be sent in this conversation');
