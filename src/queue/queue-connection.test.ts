import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, parseQueueUrl } from './queue-connection.js';

describe('parseQueueUrl', () => {
  it('takes the queue name from ?queue= and hides the password in messages', () => {
    expect(parseQueueUrl('redis://:s3cret@cache.lan:6379/2?queue=wires')).toEqual({ url: 'redis://:s3cret@cache.lan:6379/2', name: 'wires', display: 'redis://:***@cache.lan:6379/2 (queue wires)' });
  });

  it('uses the default queue without ?queue=', () => {
    expect(parseQueueUrl('redis://127.0.0.1:6379').name).toBe(DEFAULT_QUEUE);
  });

  it('refuses another scheme and a queue name with odd characters', () => {
    expect(() => parseQueueUrl('postgres://127.0.0.1/test')).toThrow(/redis:\/\//u);
    expect(() => parseQueueUrl('redis://127.0.0.1:6379?queue=a b')).toThrow(/queue name/u);
  });
});
