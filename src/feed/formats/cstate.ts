// `status-elements/feed/formats/cstate`: the cState reader, registered on import so that
// `parseFeed` reads cState feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptCstate } from '../adapters/cstate.js';

registerFeedAdapter('cstate', adaptCstate);

export { adaptCstate };
