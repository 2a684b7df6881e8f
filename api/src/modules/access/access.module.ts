import { Global, Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { GroupAccess } from './group-access';
import { ScopeAccess } from './scope-access';
import { SessionAccess } from './session-access';
import { SettingsAccess } from './settings-access';

/**
 * Who may see and change what: every object-level decision lives here, and features ask it first. Global, since
 * every feature asks.
 */
@Global()
@Module({
  providers: [AccessRepository, GroupAccess, SessionAccess, ScopeAccess, SettingsAccess],
  exports: [GroupAccess, SessionAccess, ScopeAccess, SettingsAccess],
})
export class AccessModule {}
