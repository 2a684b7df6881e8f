import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SecretBox } from './second-factor/secret-box';
import { SessionCookie } from './session-cookie';
import { SessionGuard } from './session.guard';
import { SessionIssuer } from './session-issuer';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  controllers: [AuthController, SecondFactorController],
  providers: [
    AuthRepository, AuthService, PasswordHasher, SessionIssuer, SignInThrottle, SecondFactorRepository, SecondFactorService, SecretBox, SessionCookie,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthRepository, SecondFactorRepository],
})
export class AuthModule {}
