import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '@cohesion/domain';

@Entity('attendance')
@Check('attendance_status', `status IN ('present', 'late', 'absent', 'excused')`)
export class AttendanceEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @Index()
  @PrimaryColumn('uuid')
  memberId: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  status: AttendanceStatus;
}
