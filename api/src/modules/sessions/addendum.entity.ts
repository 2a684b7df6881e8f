import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A correction to a signed note. Append-only: the database refuses updates and deletes. */
@Entity('addendum')
export class AddendumEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @Column('uuid')
  authorId: string;

  @Column('text')
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
