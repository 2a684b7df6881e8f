import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SecretBox } from '../../common/secret-box';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccountLinks } from './account-links';
import { AccountMail } from './account-mail';
import { AccountLinksRepository } from './account-links.repository';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { DeviceCookie } from './device-cookie';
import { FailureCounter } from './failure-counter';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { SecondFactorBudget } from './second-factor/second-factor-budget';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SessionCookie } from './session-cookie';
import { SessionGuard } from './session.guard';
import { SessionIssuer } from './session-issuer';
import { SignInThrottle } from './sign-in-throttle';
import { OpenIdConnections } from './single-sign-on/openid-connections';
import { SingleSignOnController } from './single-sign-on/single-sign-on.controller';
import { SingleSignOnRepository } from './single-sign-on/single-sign-on.repository';
import { SingleSignOnService } from './single-sign-on/single-sign-on.service';
import { SingleSignOnSettingsController } from './single-sign-on/single-sign-on-settings.controller';
import { SingleSignOnSettingsService, SSO_SECRET_BOX } from './single-sign-on/single-sign-on-settings.service';

@Module({
  controllers: [AuthController, SecondFactorController, InvitationsController, PasswordResetController, SingleSignOnController, SingleSignOnSettingsController],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    SessionIssuer,
    SignInThrottle,
    SecondFactorRepository,
    SecondFactorService,
    { provide: SecretBox, useFactory: (config: AppConfig) => SecretBox.forPurpose(config, 'second-factor secrets'), inject: [APP_CONFIG] },
    SessionCookie,
    AccountLinks,
    AccountLinksRepository,
    AccountMail,
    InvitationsService,
    PasswordResetService,
    DeviceCookie,
    FailureCounter,
    SecondFactorBudget,
    OpenIdConnections,
    SingleSignOnRepository,
    SingleSignOnService,
    SingleSignOnSettingsService,
    { provide: SSO_SECRET_BOX, useFactory: (config: AppConfig) => SecretBox.forPurpose(config, 'single sign-on secrets'), inject: [APP_CONFIG] },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthRepository, SecondFactorRepository, AccountLinks, AccountLinksRepository, AccountMail],
})
export class AuthModule {}
