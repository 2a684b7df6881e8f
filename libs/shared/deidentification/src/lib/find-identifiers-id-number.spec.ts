import { findIdentifiers } from './find-identifiers';
import { findingAt } from './testing/finding-at';

describe('findIdentifiers: id_number', () => {
  it('finds an SSN with its exact span', () => {
    const text = 'SSN 123-45-6789 was on the form.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'id_number', start: 4, end: 15, text: '123-45-6789' }]);
  });

  it.each([
    ['MRN 4456781', '4456781'],
    ['MRN-4456781', '4456781'],
    ['record #A12345', 'A12345'],
    ['account no. 998877', '998877'],
    ['license plate 7ABC123', '7ABC123'],
    ["driver's license D1234567", 'D1234567'],
    ['Medicaid ID QZ44521', 'QZ44521'],
    ['policy number HX-448812', 'HX-448812'],
    ['case # 24-56781', '24-56781'],
    ['social security number 123 45 6789', '123 45 6789'],
    ['the number 44578123 on the form', '44578123'],
    ['card 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ])('finds the id in "%s"', (context, id) => {
    const text = `She read out ${context} by mistake.`;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'id_number', id)]);
  });

  it('prefers a labelled id over reading the same digits as a phone number', () => {
    const text = 'MRN 5551234567 was visible.';
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'id_number', '5551234567')]);
  });

  it.each([
    'Member M-7K3Q9D attended.',
    'Member ID M-4ZX8TQ was used in the log.',
    'member M-9HB2RW shared.',
    'Member 3 of 8 arrived late.',
    'In that case 2 members left.',
    'Session 12; record attendance 9 of 10.',
    'The program has an account of 1200 hours.',
    'Rent of $1500000 is not realistic, she joked.',
    'The claim from 2019 was resolved.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
