import { EventEmitter } from 'node:events';

/** Domain events: services emit them, the realtime module (and other features) listen. */
export interface DomainEvents {
  'user.deleted': { userId: string };
  'session.revoked': { userId: string; sessionIds: string[] };
}

export class DomainEventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEvents>(name: K, listener: (payload: DomainEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
