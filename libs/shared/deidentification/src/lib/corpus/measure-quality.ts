import { IDENTIFIER_KINDS, type IdentifierFinding, type IdentifierKind } from '@cohesion/contracts';
import type { Corpus } from './corpus-types';

export interface KindRecall {
  kind: IdentifierKind;
  planted: number;
  found: number;
  recall: number;
}

export interface QualityReport {
  perKind: KindRecall[];
  /** Share of plants overlapped by a finding of any kind. */
  anyKindRecall: number;
  cleanSentences: number;
  cleanSentencesWithFindings: string[];
  falsePositiveRate: number;
  /** Findings in notes that overlap no plant (a precision signal, not a gate). */
  unplantedFindingsInNotes: IdentifierFinding[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Runs a detector over the corpus and measures per-kind recall and the clean-sentence false-positive rate. */
export function measureQuality(corpus: Corpus, detect: (text: string) => IdentifierFinding[]): QualityReport {
  const totals = new Map(IDENTIFIER_KINDS.map((kind) => [kind, { planted: 0, found: 0 }]));
  let plants = 0;
  let foundAnyKind = 0;
  const unplanted: IdentifierFinding[] = [];
  for (const note of corpus.notes) {
    const findings = detect(note.text);
    for (const plant of note.plants) {
      const total = totals.get(plant.kind) as { planted: number; found: number };
      total.planted++;
      plants++;
      if (findings.some((f) => f.kind === plant.kind && overlaps(f, plant))) total.found++;
      if (findings.some((f) => overlaps(f, plant))) foundAnyKind++;
    }
    unplanted.push(...findings.filter((f) => !note.plants.some((plant) => overlaps(f, plant))));
  }
  const flagged = corpus.cleanSentences.filter((sentence) => detect(sentence).length > 0);
  return {
    perKind: IDENTIFIER_KINDS.map((kind) => {
      const { planted, found } = totals.get(kind) as { planted: number; found: number };
      return { kind, planted, found, recall: planted === 0 ? 0 : found / planted };
    }),
    anyKindRecall: plants === 0 ? 0 : foundAnyKind / plants,
    cleanSentences: corpus.cleanSentences.length,
    cleanSentencesWithFindings: flagged,
    falsePositiveRate: corpus.cleanSentences.length === 0 ? 0 : flagged.length / corpus.cleanSentences.length,
    unplantedFindingsInNotes: unplanted,
  };
}

/** Formats the report as a small fixed-width table. */
export function formatQualityReport(report: QualityReport): string {
  const rows = report.perKind.map(
    (r) => `${r.kind.padEnd(12)} ${String(r.planted).padStart(7)} ${String(r.found).padStart(6)} ${r.recall.toFixed(3).padStart(7)}`,
  );
  const planted = report.perKind.reduce((sum, r) => sum + r.planted, 0);
  return [
    'kind         planted  found  recall',
    ...rows,
    `${'any kind'.padEnd(12)} ${String(planted).padStart(7)} ${''.padStart(6)} ${report.anyKindRecall.toFixed(3).padStart(7)}`,
    `clean sentences with a finding: ${report.cleanSentencesWithFindings.length}/${report.cleanSentences} = ${(report.falsePositiveRate * 100).toFixed(1)}%`,
    `findings in notes overlapping no plant: ${report.unplantedFindingsInNotes.length}`,
  ].join('\n');
}
