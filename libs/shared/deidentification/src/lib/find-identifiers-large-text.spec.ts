import { generateCorpus } from './corpus/generate-corpus';
import { findIdentifiers } from './find-identifiers';

describe('findIdentifiers: large text', () => {
  it('processes a 20,000-character note (time is printed, not asserted)', () => {
    const notes = generateCorpus({ noteCount: 80 }).notes.map((note) => note.text);
    const text = notes.join('\n').padEnd(20_000, ' Members practiced grounding.').slice(0, 20_000);
    findIdentifiers(text);
    const started = performance.now();
    const findings = findIdentifiers(text);
    const elapsed = performance.now() - started;
    process.stdout.write(`\nfindIdentifiers on ${text.length} chars: ${elapsed.toFixed(1)} ms, ${findings.length} findings\n`);
    expect(text).toHaveLength(20_000);
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
