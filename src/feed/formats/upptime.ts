// `status-elements/feed/formats/upptime`: the Upptime reader, registered on import so that
// `parseFeed` reads Upptime feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptUpptime } from '../adapters/upptime.js';

registerFeedAdapter('upptime', adaptUpptime);

export { adaptUpptime };
