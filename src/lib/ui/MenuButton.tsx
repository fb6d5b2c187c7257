import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './Button';
import styles from './MenuButton.module.css';

/** One entry of a MenuButton's menu. */
export interface MenuItem {
  id: string;
  label: string;
  title?: string;
  /** The entry opens a dialog (announced as such). */
  dialog?: boolean;
  run: () => void;
}

interface MenuButtonProps {
  /** The button's text (and the menu's name). */
  label: ReactNode;
  title?: string;
  items: readonly MenuItem[];
  className?: string;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or Arrow Down open it on the first
 * item, Arrow Up on the last; arrows, Home and End move; Escape closes it and the focus goes back to the button,
 * Tab closes it and moves on. Choosing an item closes the menu and hands the focus to the button before the item
 * runs, so a dialog the item opens gives the focus back to the button when it closes.
 */
export function MenuButton({ label, title, items, className }: MenuButtonProps) {
  const buttonId = useId();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  // Which item gets the focus when the menu opens: the first, the last, or none (closed).
  const [open, setOpen] = useState<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!open) return;
    const entries = menuItems(menu.current);
    entries[open === 'first' ? 0 : entries.length - 1]?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(null);
    if (focusButton) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const entries = menuItems(menu.current);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      entries[(to + entries.length) % entries.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(entries.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className={`${styles.wrap} ${className ?? ''}`}>
      <Button
        ref={button}
        id={buttonId}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={menuId}
        title={title}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <ul id={menuId} ref={menu} role="menu" aria-labelledby={buttonId} className={styles.menu} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.id} role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={styles.item}
              title={item.title}
              aria-haspopup={item.dialog ? 'dialog' : undefined}
              onClick={() => {
                close(true);
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}
