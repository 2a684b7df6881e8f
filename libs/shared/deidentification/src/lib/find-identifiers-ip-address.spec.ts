import { findIdentifiers } from './find-identifiers';
import { findingAt } from './testing/finding-at';

describe('findIdentifiers: ip_address', () => {
  it('finds an IPv4 address with its exact span', () => {
    const text = 'Login from 192.168.1.10 failed.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'ip_address', start: 11, end: 23, text: '192.168.1.10' }]);
  });

  it.each(['10.0.0.254', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a', '::ffff:192.0.2.128'])(
    'finds %s',
    (address) => {
      const text = `The log shows ${address} for the remote member.`;
      expect(findIdentifiers(text)).toEqual([findingAt(text, 'ip_address', address)]);
    },
  );

  it.each([
    'Group ran from 10:30:00 to 12:00.',
    'Workbook version 2.1.3 was used.',
    'The ratio was 3:1:1 for the exercise.',
    'Invalid octets like 999.300.1.1 are not addresses.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text).filter((f) => f.kind === 'ip_address')).toEqual([]);
  });
});
