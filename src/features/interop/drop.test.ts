import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeDroppedFile, routeDroppedFiles } from './drop';
import { useUiStore } from '../../store/uiStore';
import { closeImportDialog, useImportDialogStore } from './importDialogStore';

const preset = readFileSync(new URL('../../../public/examples/type2-floating-ip.json', import.meta.url), 'utf8');
const template = '{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","resources":[]}';

describe('routeDroppedFile', () => {
  beforeEach(() => closeImportDialog());

  it('opens the Import dialog with a dropped template loaded, and leaves the topology opener alone', async () => {
    const openTopology = vi.fn();
    await routeDroppedFile(new File([template], 'azuredeploy.json', { type: 'application/json' }), openTopology);
    expect(openTopology).not.toHaveBeenCalled();
    expect(useImportDialogStore.getState()).toMatchObject({ open: true, seed: { name: 'azuredeploy.json', text: template } });
  });

  it('loads a Terraform file into the dialog', async () => {
    const openTopology = vi.fn();
    await routeDroppedFile(new File(['resource "azurerm_lb" "lb" {}'], 'main.tf'), openTopology);
    expect(useImportDialogStore.getState().seed).toEqual({ name: 'main.tf', text: 'resource "azurerm_lb" "lb" {}' });
    expect(openTopology).not.toHaveBeenCalled();
  });

  it('hands a topology, and any other file, to the opener without opening the dialog', async () => {
    const openTopology = vi.fn();
    const topology = new File([preset], 'type2.json', { type: 'application/json' });
    const other = new File(['hello'], 'notes.txt');
    await routeDroppedFile(topology, openTopology);
    await routeDroppedFile(other, openTopology);
    expect(openTopology.mock.calls).toEqual([[topology], [other]]);
    expect(useImportDialogStore.getState().open).toBe(false);
  });

  it('leaves a file that cannot be read to the opener, which reports why', async () => {
    const openTopology = vi.fn();
    const broken = new File(['x'], 'lb.bicep');
    broken.text = () => Promise.reject(new Error('gone'));
    await routeDroppedFile(broken, openTopology);
    expect(openTopology).toHaveBeenCalledWith(broken);
    expect(useImportDialogStore.getState().open).toBe(false);
  });
});

describe('routeDroppedFiles', () => {
  beforeEach(() => closeImportDialog());

  it('opens the .tf files of one configuration in the Import dialog as one definition', async () => {
    const openTopology = vi.fn();
    await routeDroppedFiles(
      [new File(['variable "ip" {}'], 'variables.tf'), new File(['resource "azurerm_lb" "lb" {}'], 'main.tf')],
      openTopology,
    );
    expect(useImportDialogStore.getState().seed).toEqual({
      name: 'main.tf, variables.tf',
      text: '# floatplan: file main.tf\nresource "azurerm_lb" "lb" {}\n# floatplan: file variables.tf\nvariable "ip" {}\n',
    });
    expect(openTopology).not.toHaveBeenCalled();
  });

  it('treats a mixed drop as its first file alone, and one file as a single drop', async () => {
    const openTopology = vi.fn();
    const topology = new File([preset], 'type2.json', { type: 'application/json' });
    await routeDroppedFiles([topology, new File(['x'], 'main.tf')], openTopology);
    expect(openTopology.mock.calls).toEqual([[topology]]);
    expect(useUiStore.getState().notices.find((n) => n.id === 'drop-several')?.text).toContain('only “type2.json” is opened');
    await routeDroppedFiles([new File(['resource "azurerm_lb" "lb" {}'], 'main.tf')], openTopology);
    expect(useImportDialogStore.getState().seed?.name).toBe('main.tf');
  });
});
