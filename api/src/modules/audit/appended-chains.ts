import { Injectable } from '@nestjs/common';

/** The chains this process appended to since they were last taken: what its next checkpoint anchors. */
@Injectable()
export class AppendedChains {
  private readonly chains = new Set<string | null>();

  add(organizationId: string | null): void {
    this.chains.add(organizationId);
  }

  take(): (string | null)[] {
    const taken = [...this.chains];
    this.chains.clear();
    return taken;
  }
}
