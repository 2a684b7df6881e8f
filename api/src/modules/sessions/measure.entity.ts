import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data shared by every organization: adding a measure is a migration that inserts a row. */
@Entity('measure')
export class MeasureEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('text')
  label: string;

  @Column('text')
  item: string;

  @Column('smallint')
  position: number;
}
