#!/usr/bin/env bash
# Floatplan export: Azure CLI script for the topology "Inbound NAT rules".
# Generated text; deterministic for the same topology.
set -euo pipefail

# Edit these before running: the resource group, location and public IP names are placeholders.
RESOURCE_GROUP='rg-floatplan'
LOCATION='westeurope'
LB_NAME='lb-nat'
PUBLIC_IP_1='pip-FIP1'
PUBLIC_IP_2='pip-FIP2'

# Azure assigns a public IP's address: the planned addresses below are what Floatplan assumed.
# Skip a command when the public IP already exists (set its name above instead).
# Frontend "FIP1" plans 203.0.113.10.
az network public-ip create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$PUBLIC_IP_1" \
  --location "$LOCATION" \
  --sku Standard \
  --allocation-method Static
# Frontend "FIP2" plans 203.0.113.11.
az network public-ip create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$PUBLIC_IP_2" \
  --location "$LOCATION" \
  --sku Standard \
  --allocation-method Static

# The load balancer with its first frontend and backend pool (az creates both with it).
az network lb create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$LB_NAME" \
  --location "$LOCATION" \
  --sku Standard \
  --frontend-ip-name 'FIP1' \
  --public-ip-address "$PUBLIC_IP_1" \
  --backend-pool-name 'pool'

az network lb frontend-ip create \
  --resource-group "$RESOURCE_GROUP" \
  --lb-name "$LB_NAME" \
  --name 'FIP2' \
  --public-ip-address "$PUBLIC_IP_2"

az network lb probe create \
  --resource-group "$RESOURCE_GROUP" \
  --lb-name "$LB_NAME" \
  --name 'health' \
  --protocol Tcp \
  --port 8081 \
  --interval 5 \
  --probe-threshold 1

az network lb rule create \
  --resource-group "$RESOURCE_GROUP" \
  --lb-name "$LB_NAME" \
  --name 'web' \
  --protocol Tcp \
  --frontend-ip 'FIP1' \
  --backend-pool-name 'pool' \
  --frontend-port 80 \
  --backend-port 80 \
  --floating-ip false \
  --probe 'health' \
  --idle-timeout 4 \
  --enable-tcp-reset false \
  --load-distribution Default \
  --disable-outbound-snat false

az network lb inbound-nat-rule create \
  --resource-group "$RESOURCE_GROUP" \
  --lb-name "$LB_NAME" \
  --name 'sql-listener' \
  --protocol Tcp \
  --frontend-ip 'FIP2' \
  --frontend-port 1433 \
  --backend-port 1433 \
  --floating-ip true \
  --idle-timeout 15 \
  --enable-tcp-reset true

az network lb inbound-nat-rule create \
  --resource-group "$RESOURCE_GROUP" \
  --lb-name "$LB_NAME" \
  --name 'rdp-vm1' \
  --protocol Tcp \
  --frontend-ip 'FIP1' \
  --frontend-port 50001 \
  --backend-port 3389 \
  --floating-ip false \
  --idle-timeout 4 \
  --enable-tcp-reset false

# Backend pool membership is set on each VM's NIC, not on the load balancer. The NIC and IP
# configuration names below are GUESSES (Floatplan does not know them): check them with
# `az network nic list --resource-group "$RESOURCE_GROUP" --output table`, then uncomment.
# az network nic ip-config address-pool add --resource-group "$RESOURCE_GROUP" --lb-name "$LB_NAME" --address-pool 'pool' --nic-name 'VM1-nic' --ip-config-name 'ipconfig1'
# az network nic ip-config address-pool add --resource-group "$RESOURCE_GROUP" --lb-name "$LB_NAME" --address-pool 'pool' --nic-name 'VM2-nic' --ip-config-name 'ipconfig1'
# An inbound NAT rule's target VM is set on its NIC as well. The NIC and IP configuration names below are
# GUESSES too: check them with `az network nic list --resource-group "$RESOURCE_GROUP" --output table`, then uncomment.
# az network nic ip-config inbound-nat-rule add --resource-group "$RESOURCE_GROUP" --lb-name "$LB_NAME" --inbound-nat-rule 'sql-listener' --nic-name 'VM2-nic' --ip-config-name 'ipconfig2'
# az network nic ip-config inbound-nat-rule add --resource-group "$RESOURCE_GROUP" --lb-name "$LB_NAME" --inbound-nat-rule 'rdp-vm1' --nic-name 'VM1-nic' --ip-config-name 'ipconfig1'
