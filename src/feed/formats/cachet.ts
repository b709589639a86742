// `status-elements/feed/formats/cachet`: the Cachet reader, registered on import so that
// `parseFeed` reads Cachet feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptCachet } from '../adapters/cachet.js';

registerFeedAdapter('cachet', adaptCachet);

export { adaptCachet };
