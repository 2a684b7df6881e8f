import { findIdentifiers } from './find-identifiers';
import { findingAt, kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: url', () => {
  it('finds a URL with a scheme and drops trailing sentence punctuation', () => {
    const text = 'She shared https://www.facebook.com/jane.doe.5.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'url', start: 11, end: 46, text: 'https://www.facebook.com/jane.doe.5' }]);
  });

  it.each([
    'http://instagram.com/the_real_maria',
    'www.linkedin.com/in/jdoe',
    'example.org/path',
    'gofundme.com/f/help-maria-lopez',
    'bit.ly/3xYz9Q',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'lopezfamily.co.uk',
    'maria.me/about',
  ])('finds %s', (url) => {
    const text = `Link: ${url} was posted.`;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'url', url)]);
  });

  it('keeps a balanced closing parenthesis', () => {
    expect(kindsAndTexts('He follows a page (tiktok.com/@sam_k) that triggers cravings.')).toEqual([['url', 'tiktok.com/@sam_k']]);
  });

  it.each([
    'Discussed coping skills, e.g. grounding, i.e. the 5-4-3-2-1 technique.',
    'Group ended at 7:30 p.m. as planned.',
    'The member finished session.It went well.',
    'Worksheet saved as values.pdf for the group.',
    'Version 2.1 of the workbook was used.',
    'Members used Node.js at work, one said.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
