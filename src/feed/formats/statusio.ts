// `status-elements/feed/formats/statusio`: the status.io reader, registered on import so that
// `parseFeed` reads status.io feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptStatusio } from '../adapters/statusio.js';

registerFeedAdapter('statusio', adaptStatusio);

export { adaptStatusio };
