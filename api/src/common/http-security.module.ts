import { Global, Module } from '@nestjs/common';
import { CsrfTokens } from './csrf';

/** What every module's HTTP side shares: CSRF tokens (checked for every request in http-hardening.ts). */
@Global()
@Module({ providers: [CsrfTokens], exports: [CsrfTokens] })
export class HttpSecurityModule {}
