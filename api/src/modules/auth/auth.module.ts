import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountLinks } from './account-links';
import { AccountLinksRepository } from './account-links.repository';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { DeviceCookie } from './device-cookie';
import { FailureCounter } from './failure-counter';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { PasswordHasher } from './password-hasher';
import { SecondFactorBudget } from './second-factor/second-factor-budget';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SecretBox } from './second-factor/secret-box';
import { SessionCookie } from './session-cookie';
import { SessionGuard } from './session.guard';
import { SessionIssuer } from './session-issuer';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  controllers: [AuthController, SecondFactorController, InvitationsController],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    SessionIssuer,
    SignInThrottle,
    SecondFactorRepository,
    SecondFactorService,
    SecretBox,
    SessionCookie,
    AccountLinks,
    AccountLinksRepository,
    InvitationsService,
    DeviceCookie,
    FailureCounter,
    SecondFactorBudget,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthRepository, SecondFactorRepository, AccountLinks, AccountLinksRepository],
})
export class AuthModule {}
