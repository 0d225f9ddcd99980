// One StorageV2 account: the Functions runtime and Durable Task state (queues, tables, blobs), OmsServerless's own
// tables (inventory, indexes, fraud history, idempotency keys, fulfillment orders) and blobs (rule sets and rate
// cards), and the container the Flex Consumption plan deploys the app package from.
param name string
param location string
param tags object

var deploymentContainerName = 'app-package'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
}

output name string = account.name
output deploymentContainerName string = deploymentContainerName
