import { IDENTIFIER_KINDS, type IdentifierKind } from '@cohesion/contracts';
import { EDGE_CASE_CLEAN_SENTENCES } from './clean-sentences-edge-cases';
import { EVERYDAY_CLEAN_SENTENCES } from './clean-sentences-everyday';
import { FIXED_CLEAN_SENTENCES } from './clean-sentences-fixed';
import { CLEAN_SENTENCE_TEMPLATES } from './clean-sentences-templated';
import type { Corpus, CorpusNote, PlantedIdentifier, PlantValue } from './corpus-types';
import { NAME_TEMPLATES, PLANT_TEMPLATES } from './plant-templates';
import { emailValue, ipAddressValue, phoneValue, urlValue } from './plant-values-contact';
import { addressValue, postcodeValue } from './plant-values-location';
import { ageValue, dateValue, idNumberValue, nameValue, type NameForm } from './plant-values-personal';
import { createRandom, type Random } from './prng';

export interface CorpusOptions {
  seed: number;
  noteCount: number;
  cleanSentenceCount: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { seed: 20240314, noteCount: 520, cleanSentenceCount: 450 };

const VALUE_GENERATORS: Readonly<Record<Exclude<IdentifierKind, 'name'>, (rng: Random) => PlantValue>> = {
  email: emailValue,
  url: urlValue,
  ip_address: ipAddressValue,
  phone: phoneValue,
  address: addressValue,
  postcode: postcodeValue,
  date: dateValue,
  age_over_89: ageValue,
  id_number: idNumberValue,
};
const NAME_FORMS: readonly NameForm[] = ['titled', 'titled', 'relation', 'relation', 'relation', 'named', 'full', 'full', 'full', 'first', 'first'];

interface PlantSentence {
  sentence: string;
  plants: PlantedIdentifier[];
}

function plantSentence(rng: Random, kind: IdentifierKind): PlantSentence {
  let template: string;
  let piece: PlantValue;
  if (kind === 'name') {
    const form = rng.pick(NAME_FORMS);
    template = rng.pick(NAME_TEMPLATES[form]);
    piece = nameValue(rng, form);
  } else {
    template = rng.pick(PLANT_TEMPLATES[kind]);
    piece = VALUE_GENERATORS[kind](rng);
  }
  const before = piece.before ?? '';
  const slot = template.indexOf('{}');
  let sentence = template.slice(0, slot) + before + piece.value + (piece.after ?? '') + template.slice(slot + 2);
  // A cue that opens the sentence is capitalized ("My sister Maria ..."); the planted value never changes.
  if (slot === 0 && before) sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const start = slot + before.length;
  const plants: PlantedIdentifier[] = [{ kind, start, end: start + piece.value.length, text: piece.value }];
  if (piece.alsoInBefore) {
    const extraStart = slot + before.indexOf(piece.alsoInBefore.text);
    plants.unshift({ ...piece.alsoInBefore, start: extraStart, end: extraStart + piece.alsoInBefore.text.length });
  }
  return { sentence, plants };
}

/** Fixed sentences plus templated ones until `count` distinct clean sentences exist. */
function generateCleanSentences(rng: Random, count: number): string[] {
  const sentences = new Set([...FIXED_CLEAN_SENTENCES, ...EVERYDAY_CLEAN_SENTENCES, ...EDGE_CASE_CLEAN_SENTENCES]);
  for (let attempts = 0; sentences.size < count && attempts < count * 50; attempts++) {
    sentences.add(rng.pick(CLEAN_SENTENCE_TEMPLATES)(rng));
  }
  return [...sentences];
}

/** Hands out kinds from a reshuffled bag so every kind is planted about equally often. */
function kindBag(rng: Random): () => IdentifierKind {
  let bag: IdentifierKind[] = [];
  return () => {
    if (bag.length === 0) bag = rng.shuffle(IDENTIFIER_KINDS);
    return bag.pop() as IdentifierKind;
  };
}

function generateNote(rng: Random, nextKind: () => IdentifierKind, cleanSentences: readonly string[]): CorpusNote {
  const planted = Array.from({ length: rng.int(1, 3) }, () => plantSentence(rng, nextKind()));
  const filler = Array.from({ length: rng.int(2, 4) }, (): PlantSentence => ({ sentence: rng.pick(cleanSentences), plants: [] }));
  let text = '';
  const plants: PlantedIdentifier[] = [];
  for (const part of rng.shuffle([...planted, ...filler])) {
    if (text) text += rng.chance(0.2) ? '\n' : ' ';
    const offset = text.length;
    plants.push(...part.plants.map((plant) => ({ ...plant, start: offset + plant.start, end: offset + plant.end })));
    text += part.sentence;
  }
  return { text, plants };
}

/** Builds the deterministic synthetic corpus used to measure recall and false positives. */
export function generateCorpus(options: Partial<CorpusOptions> = {}): Corpus {
  const { seed, noteCount, cleanSentenceCount } = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  const rng = createRandom(seed);
  const cleanSentences = generateCleanSentences(rng, cleanSentenceCount);
  const nextKind = kindBag(rng);
  const notes = Array.from({ length: noteCount }, () => generateNote(rng, nextKind, cleanSentences));
  return { notes, cleanSentences };
}
