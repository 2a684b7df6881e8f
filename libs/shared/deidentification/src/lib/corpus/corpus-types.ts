import type { IdentifierKind } from '@cohesion/contracts';

/** An identifier placed in a synthetic note, with its exact span (end exclusive). */
export interface PlantedIdentifier {
  kind: IdentifierKind;
  start: number;
  end: number;
  text: string;
}

export interface CorpusNote {
  text: string;
  plants: PlantedIdentifier[];
}

export interface Corpus {
  notes: CorpusNote[];
  /** Realistic process-note sentences that contain no identifier at all. */
  cleanSentences: string[];
}

/** What a value generator returns: the identifier plus context words typed around it. */
export interface PlantValue {
  value: string;
  before?: string;
  after?: string;
  /** A second identifier inside `before`, e.g. the "Dayton, OH" typed before a ZIP code. */
  alsoInBefore?: { kind: IdentifierKind; text: string };
}
