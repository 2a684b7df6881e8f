import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K } from '@cohesion/analytics';
import type { Actor } from '../../common/actor';
import { ExportsException } from './exports.exception';

/**
 * The one place the k of small-cell suppression comes from (DESIGN.md section 3: an organization setting, 11 by default,
 * never below 5). Organizations have no settings yet, so it is the default unless the request names a k of its own.
 * Organization settings plug in here, reading the organization's k through `tx`.
 */
@Injectable()
export class SmallCellThreshold {
  async k(_tx: EntityManager, _actor: Actor, requested?: number): Promise<number> {
    const k = requested ?? DEFAULT_SUPPRESSION_K;
    if (k < MIN_SUPPRESSION_K) throw ExportsException.suppressionTooWeak(k);
    return k;
  }
}
