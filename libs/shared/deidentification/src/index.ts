export { findIdentifiers } from './lib/find-identifiers';
export { findingKey, withoutDismissed, type DismissedFinding } from './lib/dismissed-findings';
export { isMemberCode } from './lib/detectors/member-code';
