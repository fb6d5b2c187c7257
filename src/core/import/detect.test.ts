import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';

describe('detectFormat', () => {
  it('JSON (object or list, after a BOM or blank lines) is ARM', () => {
    expect(detectFormat('{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}')).toBe('arm');
    expect(detectFormat('\uFEFF\n  [ { "name": "lb" } ]')).toBe('arm');
  });
  it('resource "azurerm_…" blocks are Terraform', () => {
    expect(detectFormat('resource "azurerm_lb" "lb" {\n  name = "lb"\n}\n')).toBe('terraform');
    expect(detectFormat('# comment\nvariable "x" {}\n')).toBe('terraform');
    // Outputs only, or terraform/locals blocks only: one file of a configuration, still Terraform.
    expect(detectFormat('output "lb_id" {\n  value = module.lb.id\n}\n')).toBe('terraform');
    expect(detectFormat('terraform {\n  required_version = ">= 1.5"\n}\n')).toBe('terraform');
    expect(detectFormat('locals {\n  a = 1\n}\n')).toBe('terraform');
  });
  it("resource x 'Microsoft…@version', param and targetScope lines are Bicep", () => {
    expect(detectFormat("resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n}\n")).toBe('bicep');
    expect(detectFormat("param location string = 'westeurope'\n")).toBe('bicep');
    expect(detectFormat("targetScope = 'subscription'\n")).toBe('bicep');
  });
  it('anything else is unknown', () => {
    expect(detectFormat('hello world')).toBeUndefined();
    expect(detectFormat('')).toBeUndefined();
  });
});
