import { findIdentifiers } from './find-identifiers';
import { findingAt, kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: postcode', () => {
  it('finds a ZIP code after a state, separately from the city', () => {
    const text = 'She lives in Springfield, IL 62704 now.';
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'address', 'Springfield, IL'), { kind: 'postcode', start: 29, end: 34, text: '62704' }]);
  });

  it.each([
    ['zip code 10027', '10027'],
    ['ZIP: 94110-1234', '94110-1234'],
    ['postal code 30301', '30301'],
    ['Texas 78701', '78701'],
    ['the 60614-2201 area', '60614-2201'],
    ['postcode SW1A 1AA', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['EC1A1BB', 'EC1A1BB'],
    ['K1A 0B1', 'K1A 0B1'],
    ['Toronto, ON M5V 3L9', 'M5V 3L9'],
  ])('finds the postcode in "%s"', (context, postcode) => {
    const text = `Her forwarding address ends in ${context}.`;
    expect(findIdentifiers(text).filter((f) => f.kind === 'postcode')).toEqual([findingAt(text, 'postcode', postcode)]);
  });

  it('prefers postcode over the "ID" cue when a city precedes the state code', () => {
    expect(kindsAndTexts('He grew up near Boise, ID 83702.')).toEqual([
      ['address', 'Boise, ID'],
      ['postcode', '83702'],
    ]);
  });

  it.each([
    'The program has served 12000 members since it opened.',
    'Score of 12345 on the video game was a proud moment.',
    'Members completed the PHQ-9 and GAD-7 today.',
    'Vitamin B12 levels were mentioned.',
  ])('does not treat a bare number or code as a postcode: "%s"', (text) => {
    expect(findIdentifiers(text).filter((f) => f.kind === 'postcode')).toEqual([]);
  });
});
