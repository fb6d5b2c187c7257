// Vitest setup: registers the core's Japanese catalogs, as the CLI does, so every test can render either language.
import '../i18n/ja';
