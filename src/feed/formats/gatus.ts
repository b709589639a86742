// `status-elements/feed/formats/gatus`: the Gatus reader, registered on import so that
// `parseFeed` reads Gatus feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptGatus } from '../adapters/gatus.js';

registerFeedAdapter('gatus', adaptGatus);

export { adaptGatus };
