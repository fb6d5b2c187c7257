import { startPersistence } from '../features/persistence/startPersistence';
import { useUiStore } from '../store/uiStore';
import { readThemeChoice } from './useTheme';

let started = false;

/** Runs once before the first render: the remembered theme, then saved work and share links. */
export function bootstrap(): void {
  if (started) return;
  started = true;
  useUiStore.getState().setTheme(readThemeChoice());
  startPersistence();
}
