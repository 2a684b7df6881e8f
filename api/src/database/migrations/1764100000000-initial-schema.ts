import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy, staff and sign-in sessions, and the clinical record: programs, groups, members, sessions, notes, ratings. */
export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        time_zone text NOT NULL DEFAULT 'UTC',
        origin text NOT NULL DEFAULT 'real' CHECK (origin IN ('real', 'demo', 'synthetic')),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE staff_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        password_hash text NOT NULL,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_user_email_lower CHECK (email = lower(email)),
        CONSTRAINT staff_user_role CHECK (role IN ('facilitator', 'supervisor', 'director', 'admin')),
        CONSTRAINT staff_user_org_id UNIQUE (organization_id, id)
      );
      CREATE UNIQUE INDEX staff_user_email ON staff_user (email);
      CREATE INDEX staff_user_organization ON staff_user (organization_id);

      CREATE TABLE staff_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id)
      );
      CREATE UNIQUE INDEX staff_session_token ON staff_session (token_hash);
      CREATE INDEX staff_session_user ON staff_session (user_id);

      CREATE TABLE supervision (
        supervisor_id uuid NOT NULL,
        facilitator_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        PRIMARY KEY (supervisor_id, facilitator_id),
        FOREIGN KEY (organization_id, supervisor_id) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, facilitator_id) REFERENCES staff_user (organization_id, id)
      );
      CREATE INDEX supervision_facilitator ON supervision (facilitator_id);

      CREATE TABLE program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT program_org_id UNIQUE (organization_id, id)
      );
      CREATE UNIQUE INDEX program_name ON program (organization_id, name);

      CREATE TABLE therapy_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT therapy_group_kind CHECK (kind IN ('open', 'closed')),
        schedule text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT therapy_group_org_id UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, program_id) REFERENCES program (organization_id, id)
      );
      CREATE INDEX therapy_group_organization ON therapy_group (organization_id);
      CREATE INDEX therapy_group_program ON therapy_group (program_id);

      CREATE TABLE group_facilitator (
        group_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        role text NOT NULL CONSTRAINT group_facilitator_role CHECK (role IN ('lead', 'co')),
        PRIMARY KEY (group_id, user_id),
        FOREIGN KEY (organization_id, group_id) REFERENCES therapy_group (organization_id, id),
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id)
      );
      CREATE INDEX group_facilitator_user ON group_facilitator (user_id);

      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        code text NOT NULL CONSTRAINT member_code_format CHECK (code ~ '^M-[0-9A-HJKMNP-TV-Z]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_org_id UNIQUE (organization_id, id)
      );
      CREATE UNIQUE INDEX member_code ON member (organization_id, code);

      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        member_id uuid NOT NULL,
        joined_on date NOT NULL,
        left_on date,
        exit_reason text,
        CONSTRAINT enrollment_dates CHECK (left_on IS NULL OR left_on >= joined_on),
        CONSTRAINT enrollment_exit CHECK ((left_on IS NULL) = (exit_reason IS NULL)),
        CONSTRAINT enrollment_exit_reason CHECK (exit_reason IN ('completed', 'dropped_out', 'transferred', 'other')),
        FOREIGN KEY (organization_id, group_id) REFERENCES therapy_group (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id)
      );
      CREATE UNIQUE INDEX enrollment_group_member ON enrollment (group_id, member_id);
      CREATE INDEX enrollment_member ON enrollment (member_id);

      CREATE TABLE measure (
        key text PRIMARY KEY,
        label text NOT NULL,
        item text NOT NULL,
        position smallint NOT NULL
      );
      INSERT INTO measure (key, label, item, position) VALUES
        ('belonging', 'Belonging', 'Today I felt that I belonged in this group.', 1),
        ('learning', 'Learning', 'Today I learned something useful from others in the group.', 2),
        ('accountability', 'Accountability', 'Today the group helped me stay on track with my goals.', 3);

      CREATE TABLE group_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        held_on date NOT NULL,
        duration_minutes integer NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        signed_by uuid,
        signed_at timestamptz,
        content_hash text,
        cosigned_by uuid,
        cosigned_at timestamptz,
        CONSTRAINT group_session_status CHECK (status IN ('draft', 'signed')),
        CONSTRAINT group_session_duration CHECK (duration_minutes BETWEEN 1 AND 600),
        CONSTRAINT group_session_signature CHECK ((status = 'signed') = (signed_at IS NOT NULL AND content_hash IS NOT NULL)),
        CONSTRAINT group_session_org_id UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, group_id) REFERENCES therapy_group (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, signed_by) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, cosigned_by) REFERENCES staff_user (organization_id, id)
      );
      CREATE INDEX group_session_group_held_on ON group_session (group_id, held_on);
      CREATE INDEX group_session_organization ON group_session (organization_id);

      CREATE TABLE session_facilitator (
        session_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        PRIMARY KEY (session_id, user_id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id)
      );

      CREATE TABLE attendance (
        session_id uuid NOT NULL,
        member_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT attendance_status CHECK (status IN ('present', 'late', 'absent', 'excused')),
        PRIMARY KEY (session_id, member_id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id)
      );
      CREATE INDEX attendance_member ON attendance (member_id);

      CREATE TABLE note (
        session_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        process text NOT NULL DEFAULT '',
        interventions text NOT NULL DEFAULT '',
        risk_level text NOT NULL DEFAULT 'none' CONSTRAINT note_risk_level CHECK (risk_level IN ('none', 'concern')),
        risk_follow_up text,
        plan text NOT NULL DEFAULT '',
        feedback_discussed text NOT NULL DEFAULT '',
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id)
      );

      CREATE TABLE member_observation (
        session_id uuid NOT NULL,
        member_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (session_id, member_id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id)
      );

      CREATE TABLE addendum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        author_id uuid NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, author_id) REFERENCES staff_user (organization_id, id)
      );
      CREATE INDEX addendum_session ON addendum (session_id);

      CREATE TABLE rating (
        session_id uuid NOT NULL,
        member_id uuid NOT NULL,
        measure text NOT NULL REFERENCES measure (key),
        organization_id uuid NOT NULL,
        score smallint NOT NULL CONSTRAINT rating_score CHECK (score BETWEEN 0 AND 10),
        source text NOT NULL DEFAULT 'facilitator_entered' CONSTRAINT rating_source CHECK (source IN ('self_report', 'facilitator_entered')),
        PRIMARY KEY (session_id, member_id, measure),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id)
      );
      CREATE INDEX rating_member ON rating (member_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE rating, addendum, member_observation, note, attendance, session_facilitator, group_session, measure,
        enrollment, member, group_facilitator, therapy_group, program, supervision, staff_session, staff_user, organization;
    `);
  }
}
