import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SECOND_FACTOR_POLICIES, type SecondFactorPolicy } from '@cohesion/domain';
import type { OrganizationSecuritySettings, UpdateOrganizationSecurityRequest } from '@cohesion/contracts';

const SETTABLE_POLICIES = ['privileged_roles', 'everyone'] as const;

export class OrganizationSecurityDto implements OrganizationSecuritySettings {
  @ApiProperty({
    enum: SECOND_FACTOR_POLICIES,
    description: 'Who must use a second factor: directors and admins (default), or everyone. optional: demo organizations only.',
  })
  secondFactorPolicy: SecondFactorPolicy;
}

export class UpdateOrganizationSecurityDto implements UpdateOrganizationSecurityRequest {
  @ApiProperty({ enum: SETTABLE_POLICIES })
  @IsIn(SETTABLE_POLICIES, { message: `secondFactorPolicy must be one of ${SETTABLE_POLICIES.join(', ')}` })
  secondFactorPolicy: (typeof SETTABLE_POLICIES)[number];
}
