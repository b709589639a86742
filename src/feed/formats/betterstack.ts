// `status-elements/feed/formats/betterstack`: the Better Stack reader, registered on import so that
// `parseFeed` reads Better Stack feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptBetterstack } from '../adapters/betterstack.js';

registerFeedAdapter('betterstack', adaptBetterstack);

export { adaptBetterstack };
