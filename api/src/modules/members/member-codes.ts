import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { memberCodeFromRandomBytes } from '@cohesion/domain';

/** Fresh pseudonymous codes from the operating system's randomness, never from anything about the person. */
@Injectable()
export class MemberCodes {
  next(): string {
    return memberCodeFromRandomBytes(randomBytes(6));
  }
}
