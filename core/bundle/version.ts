// Versions written into bundles. PLACARD_VERSION must equal package.json's version (a unit test
// checks this); core cannot read package.json itself without dragging it into every bundle.
export const PLACARD_VERSION = '0.1.0';

/** Layout version of the .placard and .placardpack archives themselves (not of the design JSON). */
export const BUNDLE_FORMAT_VERSION = 1;
