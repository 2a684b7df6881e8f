export const IDENTIFIER_KINDS = ['email', 'phone', 'address', 'postcode', 'date', 'age_over_89', 'id_number', 'url', 'ip_address', 'name'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * The kinds a facilitator may mark as "not an identifier": those a word of ordinary speech can match (a name like Hope,
 * a date, a number). An email address, a phone number, a URL or an IP address is one whatever the note says.
 */
export const DISMISSABLE_IDENTIFIER_KINDS = ['address', 'postcode', 'date', 'age_over_89', 'id_number', 'name'] as const satisfies readonly IdentifierKind[];
export type DismissableIdentifierKind = (typeof DISMISSABLE_IDENTIFIER_KINDS)[number];

export function isDismissableIdentifierKind(kind: IdentifierKind): kind is DismissableIdentifierKind {
  return (DISMISSABLE_IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface DeidentificationCheckRequest {
  text: string;
}

export interface DeidentificationCheckResponse {
  findings: IdentifierFinding[];
}

/** A finding in one field of a saved record, as listed by a 422 `identifiers_found` problem. */
export interface FieldIdentifierFinding extends IdentifierFinding {
  /** Path of the field, such as `note.process` or `note.memberObservations[2].text`. */
  field: string;
}
