import { findIdentifiers } from './find-identifiers';
import { findingAt, kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: email', () => {
  it('finds an address with its exact span', () => {
    const text = 'Send the handout to jane.doe@example.org please.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'email', start: 20, end: 40, text: 'jane.doe@example.org' }]);
  });

  it.each(['maria_lopez84@hotmail.co.uk', 'j.smith+notes@mail.northside.edu', 'Tyrone.Washington@Gmail.com', 'o.brien-12@county.gov'])(
    'finds %s',
    (address) => {
      const text = `Her email is ${address}.`;
      expect(findIdentifiers(text)).toEqual([findingAt(text, 'email', address)]);
    },
  );

  it('finds obfuscated addresses', () => {
    expect(kindsAndTexts('Write to jdoe [at] gmail [dot] com or sam at outlook dot com.')).toEqual([
      ['email', 'jdoe [at] gmail [dot] com'],
      ['email', 'sam at outlook dot com'],
    ]);
  });

  it('keeps the whole address rather than the domain inside it', () => {
    expect(kindsAndTexts('Contact: maria@riverside-health.org')).toEqual([['email', 'maria@riverside-health.org']]);
  });

  it.each(['Members met at 6 pm at the clinic.', 'Use the @mention feature in the group chat.', 'Rated 8/10 @ check-in.'])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
