// OmsServerless on Azure: the Functions app (Flex Consumption, .NET 10 isolated) with its storage account (Durable
// Task state, inventory and indexes in Tables, rule sets in Blobs), Cosmos DB for order documents and
// routing decisions, and Application Insights. Deploy with `azd up` (azure.yaml) or `az deployment group create`.
targetScope = 'resourceGroup'

@description('Short name used to derive resource names, e.g. "oms".')
@minLength(3)
@maxLength(12)
param name string = 'oms'

@description('Environment suffix, e.g. "dev", "prod".')
@maxLength(8)
param environmentName string = 'dev'

param location string = resourceGroup().location

@description('API keys and their roles, as app settings: { "key-value": "storefront", ... }. Keep real keys out of source control.')
@secure()
param apiKeys object = {}

@description('Largest number of instances the Functions app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

var suffix = toLower('${name}${environmentName}${uniqueString(resourceGroup().id)}')
var tags = {
  application: 'OmsServerless'
  environment: environmentName
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: 'log-${suffix}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${replace(suffix, '-', '')}', 24)
    location: location
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: take('cosmos-${suffix}', 44)
    location: location
    tags: tags
  }
}

module functions 'modules/functions.bicep' = {
  name: 'functions'
  params: {
    name: take('func-${suffix}', 60)
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    cosmosAccountName: cosmos.outputs.name
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    apiKeys: apiKeys
    maximumInstanceCount: maximumInstanceCount
  }
}

output functionAppName string = functions.outputs.name
output apiBaseUrl string = 'https://${functions.outputs.defaultHostName}/api'
output storageAccountName string = storage.outputs.name
output cosmosAccountName string = cosmos.outputs.name
