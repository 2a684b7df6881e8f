import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@cohesion/domain';
import type { CurrentUser, LoginResponse } from '@cohesion/contracts';

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() organizationName: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUserDto;
}
