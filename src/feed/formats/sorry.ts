// `status-elements/feed/formats/sorry`: the Sorry reader, registered on import so that
// `parseFeed` reads Sorry feeds at once (the elements load it on demand without this).
import { registerFeedAdapter } from '../formats.js';
import { adaptSorry } from '../adapters/sorry.js';

registerFeedAdapter('sorry', adaptSorry);

export { adaptSorry };
