// Vitest setup: tests run in Node, so the importers parse with the CLI's Node loaders.
import { configureParsers } from '../core/import/parsers';
import { nodeParsers } from './parsers';

configureParsers(nodeParsers);
