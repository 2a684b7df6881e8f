import type { PlantValue } from './corpus-types';
import type { Random } from './prng';

const STREET_NAMES = [
  'Main', 'Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Washington', 'Lincoln', 'Park', 'Lake', 'Hill', 'Sunset', 'Church',
  'Mill', 'River', 'Highland', 'Jefferson', 'Franklin', 'Chestnut', 'Walnut', 'Willow', 'Meadow', 'Cherry', 'Adams',
  'Ridge', 'Valley', 'Orchard', 'Old Mill', 'North Shore', 'Baker', 'High', 'Victoria', 'Harbor View', 'Magnolia',
  'Dogwood', 'Sycamore', '5th', '42nd', 'Bramble', 'Kingsley', 'Wexford', 'Linden', 'Prospect', 'Beacon',
];
const STREET_TYPES = [
  'Street', 'St', 'St.', 'Avenue', 'Ave', 'Ave.', 'Road', 'Rd', 'Rd.', 'Boulevard', 'Blvd.', 'Lane', 'Ln', 'Drive',
  'Dr.', 'Court', 'Ct', 'Place', 'Way', 'Terrace', 'Circle', 'Parkway', 'Highway', 'Close', 'Crescent', 'Square',
];
const CITIES = [
  'Springfield', 'Dayton', 'Fresno', 'Tacoma', 'Boise', 'Savannah', 'Albany', 'Reno', 'Tulsa', 'Madison', 'Akron',
  'Provo', 'Eugene', 'Lansing', 'Trenton', 'Burlington', 'Stockton', 'Bend', 'Duluth', 'Macon',
];
const STATES: readonly (readonly [string, string])[] = [
  ['IL', 'Illinois'], ['OH', 'Ohio'], ['CA', 'California'], ['WA', 'Washington'], ['ID', 'Idaho'], ['GA', 'Georgia'],
  ['NY', 'New York'], ['NV', 'Nevada'], ['OK', 'Oklahoma'], ['WI', 'Wisconsin'], ['UT', 'Utah'], ['OR', 'Oregon'],
  ['MI', 'Michigan'], ['NJ', 'New Jersey'], ['VT', 'Vermont'], ['MN', 'Minnesota'], ['TX', 'Texas'], ['PA', 'Pennsylvania'],
];
const UK_FIRST_LETTERS = 'ABCDEFGHJKLMNOPRSTUWYZ';
const UK_SECOND_LETTERS = 'ABCDEFGHKLMNOPQRSTUVWXY';
const UK_INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const CANADA_FIRST_LETTERS = 'ABCEGHJKLMNPRSTVXY';
const CANADA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

function letter(rng: Random, alphabet: string): string {
  return alphabet[rng.int(0, alphabet.length - 1)];
}

function houseNumber(rng: Random): string {
  const number = String(rng.int(1, rng.pick([99, 999, 9999, 19999])));
  return rng.chance(0.06) ? `${number}${rng.pick(['A', 'B', 'C'])}` : number;
}

/** A street address, unit number or PO box in US/UK styles and several casings. */
export function addressValue(rng: Random): PlantValue {
  const street = `${rng.pick(STREET_NAMES)} ${rng.pick(STREET_TYPES)}`;
  const unit = rng.pick([`, Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}`, ` Apt. ${rng.int(1, 900)}`, `, Unit ${rng.int(1, 60)}`, ` #${rng.int(1, 300)}`, `, Suite ${rng.int(100, 950)}`]);
  const direction = rng.pick(['N.', 'S.', 'East', 'West', 'NW']);
  return {
    value: rng.pick([
      `${houseNumber(rng)} ${street}`,
      `${houseNumber(rng)} ${street}`,
      `${houseNumber(rng)} ${street}${unit}`,
      `${houseNumber(rng)} ${direction} ${street}`,
      `${houseNumber(rng)} ${rng.pick(STREET_NAMES)} ${rng.pick(['Ave', 'St', 'Blvd'])} ${rng.pick(['NW', 'SE', 'N'])}`,
      `${houseNumber(rng)} ${rng.pick(STREET_NAMES).toLowerCase()} ${rng.pick(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'boulevard'])}`,
      `PO Box ${rng.int(1, 99999)}`,
      `P.O. Box ${rng.int(1, 9999)}`,
      `${rng.pick(['Apt', 'Apt.', 'apt', 'Apartment', 'Suite'])} ${rng.int(1, 40)}${rng.pick(['', 'B', 'C', 'F'])}`,
      `Flat ${rng.int(1, 30)}, ${rng.int(1, 200)} ${rng.pick(STREET_NAMES)} Road`,
    ]),
  };
}

function usZip(rng: Random): string {
  const zip = rng.digits(5);
  return rng.chance(0.25) ? `${zip}-${rng.digits(4)}` : zip;
}

function ukPostcode(rng: Random): string {
  const l = () => letter(rng, UK_FIRST_LETTERS);
  const l2 = () => letter(rng, UK_SECOND_LETTERS);
  const d = () => String(rng.int(1, 9));
  const outward = rng.pick([
    () => `${l()}${d()}`, () => `${l()}${d()}${d()}`, () => `${l()}${l2()}${d()}`, () => `${l()}${l2()}${d()}${d()}`,
    () => `${l()}${d()}${letter(rng, 'ABCDEFGHJKPSTUW')}`, () => `${l()}${l2()}${d()}${letter(rng, 'ABEHMNPRVWXY')}`,
  ])();
  const inward = `${rng.int(0, 9)}${letter(rng, UK_INWARD_LETTERS)}${letter(rng, UK_INWARD_LETTERS)}`;
  return rng.chance(0.1) ? `${outward}${inward}` : `${outward} ${inward}`;
}

function canadianPostcode(rng: Random): string {
  const l = () => letter(rng, CANADA_LETTERS);
  return `${letter(rng, CANADA_FIRST_LETTERS)}${rng.int(0, 9)}${l()} ${rng.int(0, 9)}${l()}${rng.int(0, 9)}`;
}

/** A postal code with the context that makes it one: a city and state, a "zip" label, or a UK/Canadian format. */
export function postcodeValue(rng: Random): PlantValue {
  const [code, stateName] = rng.pick(STATES);
  const city = rng.pick(CITIES);
  return rng.pick<() => PlantValue>([
    () => ({ before: `${city}, ${code} `, value: usZip(rng), alsoInBefore: { kind: 'address', text: `${city}, ${code}` } }),
    () => ({ before: `${city}, ${stateName} `, value: usZip(rng), alsoInBefore: { kind: 'address', text: `${city}, ${stateName}` } }),
    () => ({ before: `${city} ${code} `, value: usZip(rng) }),
    () => ({ before: rng.pick(['zip code ', 'ZIP ', 'zip ', 'zipcode ', 'ZIP code: ', 'postal code ', 'zip code is ']), value: usZip(rng) }),
    () => ({ value: `${rng.digits(5)}-${rng.digits(4)}` }),
    () => ({ before: rng.pick(['', 'postcode ', 'post code ']), value: ukPostcode(rng) }),
    () => ({ value: ukPostcode(rng) }),
    () => ({ before: rng.pick(['', `${rng.pick(['Toronto', 'Halifax', 'Regina', 'Ottawa'])}, ${rng.pick(['ON', 'NS', 'SK'])} `]), value: canadianPostcode(rng) }),
  ])();
}
