import type { CardSubject } from './card-subject.js';

/**
 * What happened at the moderation desk, told to whoever shows cards (the card publisher) right
 * after the change is committed. `note` is the line for the card's thread: who did what, and why.
 */
export type DeskEvent =
  | { type: 'created'; subject: CardSubject }
  | { type: 'changed'; subject: CardSubject }
  | { type: 'decided'; subject: CardSubject; note: string };

export type DeskListener = (event: DeskEvent) => void;

/** A tiny synchronous event hub: the core emits, adapters subscribe; a failing listener is isolated. */
export interface DeskEvents {
  emit(event: DeskEvent): void;
  subscribe(listener: DeskListener): () => void;
}

export function createDeskEvents(onListenerError: (error: unknown) => void = () => undefined): DeskEvents {
  const listeners = new Set<DeskListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
