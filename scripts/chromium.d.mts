export type ChromiumChoice =
  | { source: 'env'; variable: 'FLOATPLAN_CHROMIUM' | 'CHROMIUM_PATH'; executablePath: string }
  | { source: 'system'; executablePath: string }
  | { source: 'playwright'; executablePath?: undefined };

export declare const SYSTEM_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function resolveChromium(env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean): ChromiumChoice;
export declare function describeChromium(choice: ChromiumChoice): string;
