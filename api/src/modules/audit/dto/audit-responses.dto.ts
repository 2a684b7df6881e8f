import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditChainVerification, type AuditEvent, type AuditOutcome } from '@cohesion/contracts';

export class AuditEventDto implements AuditEvent {
  @ApiProperty({ description: 'Position in the organization’s chain, from 1' }) seq: number;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ type: String, nullable: true, example: 'session' }) entityType: string | null;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A member’s pseudonymous code, where the event concerns one' }) memberCode: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome: AuditOutcome;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'Codes and counts; never clinical text' }) detail: Record<string, unknown> | null;
  @ApiProperty({ description: 'SHA-256 of the previous row’s hash and this row’s content, hex' }) hash: string;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty() total: number;
}

class BrokenRowDto {
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['missing_row', 'previous_hash', 'content'] }) reason: 'missing_row' | 'previous_hash' | 'content';
}

export class AuditChainVerificationDto implements AuditChainVerification {
  @ApiProperty() verified: boolean;
  @ApiProperty() rows: number;
  @ApiProperty({ type: BrokenRowDto, nullable: true }) firstBrokenRow: BrokenRowDto | null;
}
