import type { ApprovalAnswer, ApprovalRecord, FirewallRepo } from '../../store/firewall-types.js';
import type { Notifications } from '../../store/notify.js';
import { FirewallService, type ApprovalsOptions } from '../approvals.js';
import type { EngineConfig } from '../engine.js';

// The approvals service, made aware of other replicas: every answer is announced on the store's
// notification channel (LISTEN/NOTIFY on PostgreSQL, an in-process bus otherwise), and a call
// waiting here wakes as soon as any replica announces its approval's answer. The base class's
// polling of the approvals table stays as the safety net for a lost notification.

export const DECIDED_CHANNEL = 'switchyard_approval_decided';

export class ReplicaFirewallService extends FirewallService {
  readonly #bus: Notifications;

  constructor(repo: FirewallRepo, config: EngineConfig, opts: ApprovalsOptions, bus: Notifications) {
    super(repo, config, opts);
    this.#bus = bus;
  }

  override async decide(id: string, answer: ApprovalAnswer, by: string): Promise<ApprovalRecord> {
    const decided = await super.decide(id, answer, by);
    await this.#bus.notify(DECIDED_CHANNEL, id).catch(() => undefined);
    return decided;
  }

  override async expireDue(): Promise<number> {
    const n = await super.expireDue();
    // Every replica expires on its own clock, so no announcement is needed here.
    return n;
  }

  override async waitForDecision(id: string, signal?: AbortSignal): Promise<ApprovalRecord> {
    const stop = new AbortController();
    const both = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    let wake!: (a: ApprovalRecord) => void;
    const woken = new Promise<ApprovalRecord>((resolve) => (wake = resolve));
    const unsubscribe = await this.#bus
      .subscribe(DECIDED_CHANNEL, (payload) => {
        if (payload !== id) return;
        void this.getApproval(id).then((a) => a.status !== 'pending' && wake(a), () => undefined);
      })
      .catch(() => async () => undefined);
    const local = super.waitForDecision(id, both);
    try {
      return await Promise.race([local, woken]);
    } finally {
      stop.abort();
      local.catch(() => undefined);
      await unsubscribe();
    }
  }
}
