// `status-elements/feed/formats/uptime-kuma`: the Uptime Kuma reader, registered on import so that
// `parseFeed` reads Uptime Kuma feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptUptimeKuma } from '../adapters/uptime-kuma.js';

registerFeedAdapter('uptime-kuma', adaptUptimeKuma);

export { adaptUptimeKuma };
