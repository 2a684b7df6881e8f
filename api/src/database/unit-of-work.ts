import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';

/**
 * One transaction per command: everything a request reads and writes goes through `run`, so an error leaves nothing
 * half-written. The caller's organization is set for the transaction (`cohesion.organization_id`), for row-level
 * security and auditing.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(actor: Actor, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('cohesion.organization_id', $1, true), set_config('cohesion.user_id', $2, true)`, [
        actor.organizationId,
        actor.userId,
      ]);
      return work(tx);
    });
  }
}
