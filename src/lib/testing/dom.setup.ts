// Setup of the `dom` Vitest project: unmount what each test rendered (Testing Library cleans up by itself only
// when Vitest globals are on, and they are off here).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
