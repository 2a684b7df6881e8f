import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionGuard } from './session.guard';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, PasswordHasher, SignInThrottle, { provide: APP_GUARD, useClass: SessionGuard }],
})
export class AuthModule {}
