import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import '../../src/define.js';
import { ClockController, useMinuteTimers } from '../../src/internal/clock.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { ManualClock } from '../clock.js';
import { loadJson, settled } from '../helpers.js';

/** A host that counts the updates its controller asks for. */
class Host implements ReactiveControllerHost {
  updates = 0;
  now?: Date;
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): this {
    for (const controller of this.controllers) controller.hostConnected?.();
    return this;
  }
  disconnect(): this {
    for (const controller of this.controllers) controller.hostDisconnected?.();
    return this;
  }
}

function connectedHost(): Host {
  const host = new Host();
  new ClockController(host);
  return host.connect();
}

describe('ClockController: the page’s minute', () => {
  let clock: ManualClock;
  let restore: () => void;
  beforeEach(() => {
    clock = new ManualClock();
    restore = useMinuteTimers(clock);
  });
  afterEach(() => restore());

  it('runs one timer for the page, however many elements listen, and re-renders each once a minute', () => {
    const hosts = [connectedHost(), connectedHost(), connectedHost()];
    expect(clock.pending().map(({ delay }) => delay)).to.deep.equal([60_000]);
    clock.advance(59_999);
    expect(hosts.map((host) => host.updates)).to.deep.equal([0, 0, 0]);
    clock.advance(1);
    expect(hosts.map((host) => host.updates)).to.deep.equal([1, 1, 1]);
    clock.advance(120_000);
    expect(hosts.map((host) => host.updates)).to.deep.equal([3, 3, 3]);
    expect(clock.pending()).to.have.length(1);
    for (const host of hosts) host.disconnect();
  });

  it('stops when the last element goes, and starts again with the next', () => {
    const first = connectedHost();
    const second = connectedHost();
    first.disconnect();
    expect(clock.pending()).to.have.length(1);
    clock.advance(60_000);
    expect([first.updates, second.updates]).to.deep.equal([0, 1]);
    second.disconnect();
    expect(clock.pending()).to.deep.equal([]);
    clock.advance(600_000);
    expect(second.updates).to.equal(1);
    const third = connectedHost();
    expect(clock.pending().map(({ delay }) => delay)).to.deep.equal([60_000]);
    clock.advance(60_000);
    expect(third.updates).to.equal(1);
    third.disconnect();
  });

  it('listens once however often its host connects, and not while the host has a clock of its own', () => {
    const host = connectedHost();
    host.connect();
    clock.advance(60_000);
    expect(host.updates).to.equal(1);
    host.now = new Date('2026-11-28T12:00:00Z');
    clock.advance(180_000);
    expect(host.updates).to.equal(1);
    host.now = undefined;
    clock.advance(60_000);
    expect(host.updates).to.equal(2);
    host.disconnect();
  });

  it('re-renders a banner on the minute, and stops with it', async () => {
    const feed = await loadJson('/__corpus__/files/statuspage/statuscheck__github_incident.json');
    const element = await fixture<StatusBannerElement>(
      html`<status-banner poll-interval="0" .feed=${feed}></status-banner>`,
    );
    await settled(element);
    expect(element.isUpdatePending).to.equal(false);
    clock.advance(60_000);
    expect(element.isUpdatePending).to.equal(true);
    await settled(element);
    element.remove();
    expect(clock.pending()).to.deep.equal([]);
  });
});
