import { Injectable } from '@nestjs/common';
import type { FieldIdentifierFinding, IdentifierFinding, NotAnIdentifier } from '@cohesion/contracts';
import { findIdentifiers, findingKey } from '@cohesion/deidentification';
import { DeidentificationException } from './deidentification.exception';

export interface FreeTextField {
  field: string;
  text: string;
}

@Injectable()
export class DeidentificationService {
  check(text: string): IdentifierFinding[] {
    return findIdentifiers(text);
  }

  /**
   * Refuses (422, listing every finding with its field) free text with identifiers that were not marked as false
   * positives. Returns the findings that were marked, so the caller can record them.
   */
  requireNoIdentifiers(fields: FreeTextField[], notIdentifiers: NotAnIdentifier[] | null | undefined): FieldIdentifierFinding[] {
    const dismissed = new Set((notIdentifiers ?? []).map(findingKey));
    const blocking: FieldIdentifierFinding[] = [];
    const overridden: FieldIdentifierFinding[] = [];
    for (const { field, text } of fields) {
      for (const finding of findIdentifiers(text)) {
        (dismissed.has(findingKey(finding)) ? overridden : blocking).push({ field, ...finding });
      }
    }
    if (blocking.length) throw DeidentificationException.identifiersFound(blocking);
    return overridden;
  }
}
