import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_CHAIN_BREAKS,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditChainBreak,
  type AuditChainVerification,
  type AuditEvent,
  type AuditOutcome,
} from '@cohesion/contracts';

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
  @ApiProperty({ description: 'HMAC-SHA256 of the previous row’s hash and this row’s content, hex; its key never reaches the database' }) hash: string;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty() total: number;
}

class BrokenRowDto {
  @ApiProperty() seq: number;
  @ApiProperty({
    enum: AUDIT_CHAIN_BREAKS,
    description:
      'missing_row: the row is gone; previous_hash: it does not link to the row before; content: its content or seal was changed; ' +
      'missing_newest_rows: the chain ends before its latest checkpoint, from this row on; checkpoint_mismatch: the row differs from the ' +
      'checkpointed one; broken_before_keying: the chain was already broken here when it was first sealed with the key',
  })
  reason: AuditChainBreak;
}

class ChainCheckpointDto {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class AuditChainVerificationDto implements AuditChainVerification {
  @ApiProperty() verified: boolean;
  @ApiProperty() rows: number;
  @ApiProperty({ type: BrokenRowDto, nullable: true }) firstBrokenRow: BrokenRowDto | null;
  @ApiProperty({
    type: ChainCheckpointDto,
    nullable: true,
    description:
      'The chain’s latest checkpoint, kept outside the database (at least once a minute while anything is audited), which the chain must reach and match; null before the first',
  })
  checkpoint: ChainCheckpointDto | null;
}
