import type { ReactNode } from 'react';
import styles from './Text.module.css';

/** An address or ip:port in monospace that never breaks across lines. */
export function Endpoint({ children }: { children: ReactNode }) {
  return <span className={styles.endpoint}>{children}</span>;
}
