// `status-elements/feed/formats/openstatus`: the OpenStatus reader, registered on import so that
// `parseFeed` reads OpenStatus feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptOpenstatus } from '../adapters/openstatus.js';

registerFeedAdapter('openstatus', adaptOpenstatus);

export { adaptOpenstatus };
