// The guest OS of an imported VM decides which guest script Floatplan writes; Azure records it only
// indirectly (the image, or the OS profile), so it is read from there or defaulted with a diagnostic.
import type { Vm } from '../../topology/schema';
import { field, isObject, keyOf, type JsonObject } from './access';
import { itext } from '../text';
import type { Findings } from './diagnostics';

type Os = Vm['os'];

/** The OS an image publisher/offer/sku names, if it names one. @example imageOs('Canonical ubuntu-24_04-lts') // 'ubuntu' */
export function imageOs(text: string): Os | undefined {
  const t = text.toLowerCase();
  if (t.includes('windows') || t.includes('sqlserver')) return 'windows';
  if (t.includes('ubuntu') || t.includes('canonical')) return 'ubuntu';
  if (t.includes('redhat') || t.includes('rhel')) return 'rhel';
  if (t.includes('suse') || t.includes('sles')) return 'suse';
  if (t.includes('debian')) return 'debian';
  return undefined;
}

const sub = (o: unknown, key: string): unknown => (isObject(o) ? o[keyOf(o, key) ?? key] : undefined);

/**
 * The OS of a VM resource (image, then OS profile, then OS disk), or `linux` with an info diagnostic.
 * @example vmOs(undefined, 'vm1', findings, 'resources[0]') // 'linux', with ImportDefaultUsed
 */
export function vmOs(vm: { value: unknown; path: string } | undefined, name: string, findings: Findings, path: string): Os {
  const os = vm ? statedOs(vm) : undefined;
  if (os) return os;
  findings.info('ImportDefaultUsed', itext('arm.osMissing', { name }), vm?.path ?? path);
  return 'linux';
}

/** The OS a VM resource states (image, then OS profile, then OS disk), or undefined when it states none. */
export function statedOs(vm: { value: unknown; path: string }): Os | undefined {
  if (isObject(vm.value)) {
    const o = vm.value as JsonObject;
    const storage = field(o, vm.path, 'storageProfile').value;
    const image = sub(storage, 'imageReference');
    const imageText = ['publisher', 'offer', 'sku']
      .map((k) => sub(image, k))
      .filter((s) => typeof s === 'string')
      .join(' ');
    const fromImage = imageOs(imageText);
    if (fromImage) return fromImage;
    const profile = field(o, vm.path, 'osProfile').value;
    if (isObject(sub(profile, 'windowsConfiguration'))) return 'windows';
    const diskType = sub(sub(storage, 'osDisk'), 'osType');
    if (typeof diskType === 'string' && diskType.toLowerCase() === 'windows') return 'windows';
    if (isObject(sub(profile, 'linuxConfiguration')) || (typeof diskType === 'string' && diskType.toLowerCase() === 'linux'))
      return 'linux';
  }
  return undefined;
}

/**
 * True when a VM resource is created from a SQL Server image (Microsoft publishes them as MicrosoftSQLServer).
 * @example isSqlImage({ value: { properties: { storageProfile: { imageReference: { publisher: 'MicrosoftSQLServer' } } } }, path: 'resources[0]' }) // true
 */
export function isSqlImage(vm: { value: unknown; path: string }): boolean {
  if (!isObject(vm.value)) return false;
  const image = sub(field(vm.value as JsonObject, vm.path, 'storageProfile').value, 'imageReference');
  const publisher = sub(image, 'publisher');
  return typeof publisher === 'string' && publisher.toLowerCase() === 'microsoftsqlserver';
}
