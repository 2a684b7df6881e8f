import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CheckIn, MemberOutcomeSummary } from '@cohesion/contracts';
import { problemMessage } from '@cohesion/web/data-access';
import { ChButton, Sparkline, formatIsoDate } from '@cohesion/web/ui';

interface MemberRow {
  summary: MemberOutcomeSummary;
  joined: string;
  attendance: string;
  latest: string;
  latestOn: string | null;
  sparkline: (number | null)[];
  openAlerts: number;
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The group's members by code: attendance, latest scores, the benefit index of their last sessions, open alerts. */
@Component({
  selector: 'ch-member-table',
  imports: [ChButton, RouterLink, Sparkline],
  templateUrl: './member-table.html',
  styleUrl: './member-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberTable {
  readonly groupId = input.required<string>();
  /** null while loading. */
  readonly members = input.required<readonly MemberOutcomeSummary[] | null>();
  readonly error = input<unknown>(undefined);
  readonly alerts = input<readonly CheckIn[]>([]);
  readonly retry = output<void>();

  protected readonly errorMessage = computed(() => (this.error() ? problemMessage(this.error()) : null));
  protected readonly rows = computed<MemberRow[] | null>(() => {
    const members = this.members();
    if (!members) return null;
    return members.map((summary) => ({
      summary,
      joined: formatIsoDate(summary.joinedOn),
      attendance: `${summary.sessionsAttended} of ${summary.sessionsScheduled}`,
      latest: summary.latest
        ? `${score(summary.latest.scores.belonging)} · ${score(summary.latest.scores.learning)} · ${score(summary.latest.scores.accountability)}`
        : 'Not rated yet',
      latestOn: summary.latest ? formatIsoDate(summary.latest.heldOn) : null,
      sparkline: summary.recentBenefitIndex.map((point) => point.value),
      openAlerts: this.alerts().filter((alert) => alert.memberId === summary.memberId).length,
    }));
  });
}
