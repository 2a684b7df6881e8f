import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A group member, known only by a random pseudonymous code. Nothing else about the person is stored. */
@Entity('member')
@Index(['organizationId', 'code'], { unique: true })
@Check('member_code_format', `code ~ '^M-[0-9A-HJKMNP-TV-Z]{6}$'`)
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
