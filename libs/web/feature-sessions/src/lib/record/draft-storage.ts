import type { SessionDraft } from './session-draft';

/** What is kept on this device until the server has it: the draft, and the saved session it edits, if any. */
export interface StoredDraft {
  draft: SessionDraft;
  session: { id: string; version: number } | null;
  /** The idempotency key of the first save, so a retried create never makes a second session. */
  idempotencyKey: string;
  savedAt: string;
}

/**
 * Unsaved drafts, kept in this tab's sessionStorage (it survives a reload and a lost connection, and is gone when the
 * tab closes, so clinical text does not linger on a shared computer). One per person and group.
 */
export class DraftStorage {
  constructor(private readonly storage: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage) {}

  read(key: string): StoredDraft | null {
    try {
      const raw = this.storage?.getItem(storageKey(key));
      return raw ? (JSON.parse(raw) as StoredDraft) : null;
    } catch {
      return null;
    }
  }

  write(key: string, stored: StoredDraft): boolean {
    try {
      this.storage?.setItem(storageKey(key), JSON.stringify(stored));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  clear(key: string): void {
    this.storage?.removeItem(storageKey(key));
  }
}

function storageKey(key: string): string {
  return `cohesion.session-draft.${key}`;
}
