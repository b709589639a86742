import { expect } from '@open-wc/testing';
import { formatPath } from '../src/feed/result.js';

describe('formatPath', () => {
  it('writes paths as people read them', () => {
    expect(formatPath(['incidents', 3, 'updates', 0, 'display_at'])).to.equal('$.incidents[3].updates[0].display_at');
    expect(formatPath(['a b'])).to.equal('$["a b"]');
  });
});
