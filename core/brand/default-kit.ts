// The Placard default kit: the built-in templates are drawn with it. Union red on deep navy,
// a warm signal yellow, and high-contrast neutrals; Anton headlines over Inter body text.
import type { BrandKit } from './schema';

export const DEFAULT_BRAND_KIT_ID = 'placard-default';

export const DEFAULT_BRAND_KIT: BrandKit = {
  id: DEFAULT_BRAND_KIT_ID,
  name: 'Placard',
  colors: {
    primary: '#C8102E',
    secondary: '#14254A',
    accent: '#FFC72C',
    dark: '#111418',
    light: '#FFF8EC',
    muted: '#5B6473',
    white: '#FFFFFF',
  },
  fonts: { heading: 'Anton', body: 'Inter' },
  logos: [],
  disclaimer: {},
  textStyles: {
    headline: { fontFamily: 'brand.heading', fontSize: 96, fontWeight: 'normal', fill: { token: 'brand.dark', fallback: '#111418' }, uppercase: true, letterSpacing: 0, lineHeight: 1.05 },
    body: { fontFamily: 'brand.body', fontSize: 36, fontWeight: 'normal', fill: { token: 'brand.dark', fallback: '#111418' }, uppercase: false, letterSpacing: 0, lineHeight: 1.35 },
    caption: { fontFamily: 'brand.body', fontSize: 24, fontWeight: 'bold', fill: { token: 'brand.muted', fallback: '#5B6473' }, uppercase: true, letterSpacing: 2, lineHeight: 1.3 },
    hashtag: { fontFamily: 'brand.heading', fontSize: 72, fontWeight: 'normal', fill: { token: 'brand.primary', fallback: '#C8102E' }, uppercase: false, letterSpacing: 1, lineHeight: 1.1 },
  },
};
