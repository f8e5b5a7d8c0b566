// The preload's channel table (core/api-channels.ts) is the same contract as core/api.ts: the
// same methods on the same channels, the same events, no channel used twice.
import { describe, expect, it } from 'vitest';
import { API, API_METHODS, EVENTS } from '../../../core/api';
import { API_CHANNELS, CHANNEL_METHODS, EVENT_CHANNELS } from '../../../core/api-channels';

describe('API channel table', () => {
  it('lists exactly the API methods, each on the channel its schema entry uses', () => {
    expect([...CHANNEL_METHODS].sort()).toEqual(Object.keys(API).sort());
    expect(API_METHODS).toEqual(CHANNEL_METHODS);
    for (const m of API_METHODS) expect(API_CHANNELS[m], m).toBe(API[m].channel);
  });

  it('lists exactly the events, on their channels', () => {
    expect(Object.keys(EVENT_CHANNELS).sort()).toEqual(Object.keys(EVENTS).sort());
    for (const [name, spec] of Object.entries(EVENTS)) expect(EVENT_CHANNELS[name as keyof typeof EVENT_CHANNELS], name).toBe(spec.channel);
  });

  it('never uses a channel twice', () => {
    const all = [...Object.values(API_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(all).size).toBe(all.length);
  });
});
