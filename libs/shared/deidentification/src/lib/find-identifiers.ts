import type { IdentifierFinding } from '@cohesion/contracts';
import { detectAddresses } from './detectors/address';
import { detectAgesOver89 } from './detectors/age-over-89';
import type { Detector } from './detectors/candidate';
import { detectDates } from './detectors/date';
import { detectEmails } from './detectors/email';
import { detectIdNumbers } from './detectors/id-number';
import { detectIpAddresses } from './detectors/ip-address';
import { detectNames } from './detectors/name';
import { detectPhones } from './detectors/phone';
import { detectPostcodes } from './detectors/postcode';
import { detectUrls } from './detectors/url';
import { resolveOverlaps } from './resolve-overlaps';

const DETECTORS: readonly Detector[] = [
  detectEmails,
  detectUrls,
  detectIpAddresses,
  detectPhones,
  detectAddresses,
  detectPostcodes,
  detectDates,
  detectAgesOver89,
  detectIdNumbers,
  detectNames,
];

/** Finds direct identifiers (HIPAA Safe Harbor) in free text; sorted by start, never overlapping. */
export function findIdentifiers(text: string): IdentifierFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return resolveOverlaps(DETECTORS.flatMap((detect) => detect(text)));
}
