import { Injectable } from '@nestjs/common';

/** The JSON of all answers kept, in UTF-16 code units (about bytes for this ASCII JSON); the oldest go first. */
const BUDGET_CHARS = 8 * 1024 * 1024;

interface Entry {
  version: string;
  json: string;
}

/**
 * Serialized trend answers, each kept with the version of its organization's outcome rollups it was computed at
 * (`outcome_rollup_version`, moved by the database in the same transaction as any change to the rollups). An entry
 * is served only while the organization is still at that version, so it is never stale; the overview a director
 * opens many times a day is then neither recomputed, nor serialized again. Access is checked before every lookup:
 * the key holds what the answer covers, never who asked.
 */
@Injectable()
export class TrendAnswerCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  get(key: string, version: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.chars -= entry.json.length;
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.set(key, entry);
    return entry.json;
  }

  set(key: string, version: string, json: string): void {
    if (json.length > BUDGET_CHARS / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.chars -= previous.json.length;
    }
    this.entries.set(key, { version, json });
    this.chars += json.length;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.chars <= BUDGET_CHARS) break;
      this.entries.delete(oldestKey);
      this.chars -= oldest.json.length;
    }
  }
}
