import { corsOptions } from '../../../src/api/server';

describe('corsOptions', () => {
  it('maps CORS_ORIGINS: empty → none, * → any, list → those', () => {
    expect(corsOptions('').origin).toBe(false);
    expect(corsOptions('*').origin).toBe(true);
    expect(corsOptions(' https://a.example , https://b.example ').origin).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
