import type { PlantValue } from './corpus-types';
import { PLANTED_FIRST_NAMES, PLANTED_SURNAMES } from './planted-names';
import type { Random } from './prng';

function asciiLower(value: string): string {
  return value.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function randomHex(rng: Random, length: number): string {
  return Array.from({ length }, () => rng.pick([...'0123456789abcdef'])).join('');
}

function randomAlnum(rng: Random, length: number): string {
  return Array.from({ length }, () => rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789'])).join('');
}

const EMAIL_DOMAINS = [
  'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'aol.com', 'comcast.net',
  'riverside-health.org', 'mail.northside.edu', 'bellsouth.net', 'live.ca', 'btinternet.com', 'yahoo.co.uk',
  'students.leeds.ac.uk', 'sbcglobal.net', 'me.com', 'verizon.net', 'gmx.de', 'county.gov',
];

/** An e-mail address in a varied local-part style, sometimes obfuscated ("[at]", "dot"). */
export function emailValue(rng: Random): PlantValue {
  const first = asciiLower(rng.pick(PLANTED_FIRST_NAMES));
  const last = asciiLower(rng.pick(PLANTED_SURNAMES));
  const local = rng.pick([
    `${first}.${last}`, `${first[0]}${last}`, `${first}_${last}${rng.digits(2)}`, `${first}${last}${rng.int(60, 99)}`,
    `${first}+notes`, `${last}.${first[0]}`, `${first}.${last}-${rng.digits(3)}`, `${first}${rng.digits(4)}`,
  ]);
  if (rng.chance(0.08)) {
    const [name, tld] = rng.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'com'], ['comcast', 'net']]);
    return { value: rng.pick([`${local} [at] ${name} [dot] ${tld}`, `${local} at ${name} dot ${tld}`, `${local}(at)${name}(dot)${tld}`]) };
  }
  const address = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
  return { value: rng.chance(0.15) ? address.charAt(0).toUpperCase() + address.slice(1) : address };
}

/** A web address: profile pages, fundraisers, blogs, short links, bare domains. */
export function urlValue(rng: Random): PlantValue {
  const first = asciiLower(rng.pick(PLANTED_FIRST_NAMES));
  const last = asciiLower(rng.pick(PLANTED_SURNAMES));
  const handle = rng.pick([`${first}${last}`, `${first}_${last}`, `${first}.${last}${rng.digits(2)}`, `the_real_${first}`]);
  return {
    value: rng.pick([
      `https://www.facebook.com/${first}.${last}.${rng.digits(2)}`,
      `facebook.com/${first}${last}`,
      `http://instagram.com/${handle}`,
      `www.instagram.com/${handle}/`,
      `https://www.linkedin.com/in/${first}-${last}-${randomHex(rng, 6)}`,
      `linkedin.com/in/${first}${last}`,
      `https://gofundme.com/f/help-${first}-${last}`,
      `https://bit.ly/${randomAlnum(rng, 7)}`,
      `tiktok.com/@${handle}`,
      `https://${first}${last}.blogspot.com/2021/03/my-story.html`,
      `https://www.youtube.com/watch?v=${randomAlnum(rng, 11)}`,
      `${first}-${last}-art.com`,
      `www.${last}family.org`,
      `http://${first}${last}.wordpress.com/about`,
      `https://venmo.com/u/${first}-${last}`,
      `x.com/${handle}`,
      `https://www.ancestry.com/family-tree/person/${rng.digits(9)}`,
      `${last}${rng.digits(2)}.net/photos?album=${rng.digits(3)}`,
    ]),
  };
}

/** An IPv4 or IPv6 address. */
export function ipAddressValue(rng: Random): PlantValue {
  const octet = () => String(rng.int(0, 255));
  const group = () => randomHex(rng, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  return {
    value: rng.pick([
      `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`,
      `10.${octet()}.${octet()}.${rng.int(1, 254)}`,
      `172.${rng.int(16, 31)}.${octet()}.${rng.int(1, 254)}`,
      `${rng.int(11, 223)}.${octet()}.${octet()}.${octet()}`,
      `${rng.int(11, 223)}.${octet()}.${octet()}.${octet()}`,
      Array.from({ length: 8 }, group).join(':'),
      `2001:db8::${group()}:${group()}`,
      `fe80::${group()}:${group()}:${group()}:${group()}`,
      `2607:f8b0:${group()}:${group()}::${group()}`,
      `::ffff:${rng.int(11, 223)}.${octet()}.${octet()}.${octet()}`,
    ]),
  };
}

/** A telephone number in North American, UK or international format. */
export function phoneValue(rng: Random): PlantValue {
  const area = `${rng.int(2, 9)}${rng.digits(2)}`;
  const exchange = rng.chance(0.3) ? '555' : `${rng.int(2, 9)}${rng.digits(2)}`;
  const line = rng.digits(4);
  return {
    value: rng.pick([
      `(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`,
      `+1 ${area} ${exchange} ${line}`, `1-${area}-${exchange}-${line}`, `+1 (${area}) ${exchange}-${line}`,
      `${area} ${exchange} ${line}`, `${area}${exchange}${line}`, `${exchange}-${line}`,
      `(${area}) ${exchange}-${line} ext. ${rng.digits(3)}`, `+44 20 ${rng.digits(4)} ${rng.digits(4)}`,
      `+44 7700 900${rng.digits(3)}`, `07700 900${rng.digits(3)}`, `020 ${rng.digits(4)} ${rng.digits(4)}`,
      `0161 ${rng.digits(3)} ${rng.digits(4)}`, `+33 1 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
      `+61 2 ${rng.digits(4)} ${rng.digits(4)}`, `+49 30 ${rng.digits(7)}`, `+52 55 ${rng.digits(4)} ${rng.digits(4)}`,
      `+91 98${rng.digits(3)} ${rng.digits(5)}`, `+353 87 ${rng.digits(3)} ${rng.digits(4)}`,
      `0044 20 ${rng.digits(4)} ${rng.digits(4)}`, `+44 (0)20 ${rng.digits(4)} ${rng.digits(4)}`, `+1-${area}-${exchange}-${line}`,
    ]),
  };
}
