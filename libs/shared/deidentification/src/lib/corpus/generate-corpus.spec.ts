import { IDENTIFIER_KINDS } from '@cohesion/contracts';
import { generateCorpus } from './generate-corpus';
import { PLANTED_FIRST_NAMES } from './planted-names';

describe('generateCorpus', () => {
  const corpus = generateCorpus();

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCorpus()).toEqual(corpus);
    expect(generateCorpus({ seed: 7 }).notes[0].text).not.toBe(corpus.notes[0].text);
  });

  it('has at least 500 notes, 1,000 plants and 300 clean sentences', () => {
    expect(corpus.notes.length).toBeGreaterThanOrEqual(500);
    expect(corpus.notes.flatMap((note) => note.plants).length).toBeGreaterThanOrEqual(1000);
    expect(new Set(corpus.cleanSentences).size).toBeGreaterThanOrEqual(300);
  });

  it('plants every kind at least 60 times in varied forms', () => {
    const plants = corpus.notes.flatMap((note) => note.plants);
    for (const kind of IDENTIFIER_KINDS) {
      const ofKind = plants.filter((plant) => plant.kind === kind);
      expect(ofKind.length).toBeGreaterThanOrEqual(60);
      if (kind === 'name') {
        expect(new Set(ofKind.map((plant) => plant.text)).size).toBeGreaterThanOrEqual(50);
      } else {
        // Shapes with digits and letters collapsed, to check the formats are not all alike.
        const shapes = new Set(ofKind.map((plant) => plant.text.replace(/\d/g, '9').replace(/\p{L}+/gu, 'a')));
        expect(shapes.size).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('records the exact span of every plant', () => {
    for (const note of corpus.notes) {
      for (const plant of note.plants) expect(note.text.slice(plant.start, plant.end)).toBe(plant.text);
    }
  });

  it('plants names from its own list, including names outside the lexicon', () => {
    const plantedNames = corpus.notes.flatMap((note) => note.plants).filter((plant) => plant.kind === 'name');
    const firstWords = new Set(plantedNames.map((plant) => plant.text.split(' ')[0]));
    expect([...firstWords].filter((word) => PLANTED_FIRST_NAMES.includes(word)).length).toBeGreaterThan(30);
    expect(firstWords.has('Niamh') || firstWords.has('Oluwaseun') || firstWords.has('Thanh')).toBe(true);
  });
});
