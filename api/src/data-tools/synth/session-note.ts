import { summarizeRatings } from '../demo/demo-story';
import type { SignableSessionContent } from '../../modules/sessions/note-content-hash';
import type { SessionRecord } from './group-history';
import type { SynthRandom } from './synth-random';
import { NOTE_TEMPLATES } from './synth-vocabulary';

/** A note as a signature covers it. */
export type NoteRecord = SignableSessionContent['note'];

const RISK_CONCERN_SHARE = 0.015;
const OBSERVATION_SHARE = 0.3;

/**
 * A short structured note from templates: themes from the program's vocabulary, sentences about process,
 * interventions and plan, and what the group heard of its previous ratings. Never a name or an identifier.
 */
export function writeNote(themes: readonly string[], previous: SessionRecord | null, random: SynthRandom): NoteRecord {
  const concern = random.chance(RISK_CONCERN_SHARE);
  return {
    themes: random.sample(themes, random.int(1, 3)),
    process: random.pick(NOTE_TEMPLATES.process),
    interventions: random.pick(NOTE_TEMPLATES.interventions),
    riskLevel: concern ? 'concern' : 'none',
    riskFollowUp: concern ? random.pick(NOTE_TEMPLATES.riskFollowUp) : null,
    plan: random.pick(NOTE_TEMPLATES.plan),
    feedbackDiscussed: previous ? summarizeRatings(previous.ratings) : 'First session: the group agreed how it will use its own ratings.',
  };
}

/** Now and then a word on how a struggling member seemed. */
export function writeObservations(session: SessionRecord, random: SynthRandom): { memberId: string; text: string }[] {
  return session.strugglingMemberIds
    .filter(() => random.chance(OBSERVATION_SHARE))
    .map((memberId) => ({ memberId, text: random.pick(NOTE_TEMPLATES.observations) }));
}
