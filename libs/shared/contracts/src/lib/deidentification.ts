export const IDENTIFIER_KINDS = ['email', 'phone', 'address', 'postcode', 'date', 'age_over_89', 'id_number', 'url', 'ip_address', 'name'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

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
