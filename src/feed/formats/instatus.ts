// `status-elements/feed/formats/instatus`: the Instatus reader, registered on import so that
// `parseFeed` reads Instatus feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptInstatus } from '../adapters/instatus.js';

registerFeedAdapter('instatus', adaptInstatus);

export { adaptInstatus };
