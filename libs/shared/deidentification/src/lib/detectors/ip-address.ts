import { candidate, mapMatches, type Candidate } from './candidate';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const IPV4_ADDRESS = new RegExp(`(?<![\\d.])${IPV4}(?!\\d|\\.\\d)`, 'g');

const H = '[0-9A-Fa-f]{1,4}';
// Every IPv6 shape either has 8 groups or a "::"; clock times like 10:30:45 never match.
const IPV6_SHAPES = [
  `(?:${H}:){7}${H}`,
  `(?:${H}:){1,7}:(?!${H})`,
  `(?:${H}:){1,6}:${H}`,
  `(?:${H}:){1,5}(?::${H}){1,2}`,
  `(?:${H}:){1,4}(?::${H}){1,3}`,
  `(?:${H}:){1,3}(?::${H}){1,4}`,
  `(?:${H}:){1,2}(?::${H}){1,5}`,
  `${H}:(?::${H}){1,6}`,
  `::(?:ffff(?::0{1,4})?:)${IPV4}`,
  `(?:${H}:){1,4}:${IPV4}`,
  `:(?::${H}){1,7}`,
];
const IPV6_ADDRESS = new RegExp(`(?<![\\w:.])(?:${IPV6_SHAPES.join('|')})(?:%[\\w.]+)?(?![\\w:]|\\.\\d)`, 'g');

/** Finds IPv4 and IPv6 addresses. */
export function detectIpAddresses(text: string): Candidate[] {
  const found = mapMatches(IPV4_ADDRESS, text, (m) => candidate('ip_address', text, m.index, m.index + m[0].length, 2));
  if (text.includes(':')) {
    found.push(
      ...mapMatches(IPV6_ADDRESS, text, (m) => (/\d/.test(m[0]) || m[0].length >= 6 ? candidate('ip_address', text, m.index, m.index + m[0].length, 2) : null)),
    );
  }
  return found;
}
