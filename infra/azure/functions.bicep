// The Functions app (SmartReview.Functions) on a Flex Consumption plan, on the same storage account as the host and
// reaching it by its system-assigned identity: the trigger and task-hub storage (AzureWebJobsStorage), the data
// (Storage__*), and the deployment package container. Callers sign in through App Service Authentication (Easy Auth),
// which hands the app X-MS-CLIENT-PRINCIPAL. Flex takes the runtime from functionAppConfig.runtime and rejects the
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION app settings, so they are not set here.
param name string
param location string
param storageName string
param storagePrefix string
param packPath string
param nationalDictionaries string
param taskHub string
param insightsConnectionString string
param authAuthority string
param authAudience string
param authIdClaim string
param authRoleClaim string
param authFacilityClaim string

@description('Create the Event Grid subscription of the IngestDrop blob trigger. Its webhook needs the app\'s blobs_extension key, which exists only once the code is deployed: deploy with false, publish the app, deploy again with true.')
param blobDropSubscription bool = false

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageName
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

// Where Flex Consumption reads the published package from.
resource packages 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: '${storagePrefix}-functions-deploy'
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-functions-plan'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-functions'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${packages.name}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Triggers and the Durable task hub (host.json: hubName %TaskHub%, the host's Durable__TaskHub), by identity.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'TaskHub', value: taskHub }
        { name: 'Packs__Path', value: packPath }
        { name: 'National__Dictionaries', value: nationalDictionaries }
        { name: 'Storage__AccountName', value: storage.name }
        { name: 'Storage__Prefix', value: storagePrefix }
        // The names StorageAccount gives the queues and the uploads container ({prefix}-{name}).
        { name: 'IngestQueue', value: '${storagePrefix}-ingest' }
        { name: 'ChunkQueue', value: '${storagePrefix}-chunks' }
        { name: 'CaseFlowQueue', value: '${storagePrefix}-case-flows' }
        { name: 'UploadsContainer', value: '${storagePrefix}-uploads' }
        { name: 'Auth__IdClaim', value: authIdClaim }
        { name: 'Auth__RoleClaim', value: authRoleClaim }
        { name: 'Auth__FacilityClaim', value: authFacilityClaim }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
      ]
    }
  }
}

// Easy Auth: only signed-in callers reach the HTTP functions, and the front end strips any X-MS-CLIENT-PRINCIPAL a
// client sends. The blob trigger's Event Grid webhook authenticates with its own key instead.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
      excludedPaths: [ '/runtime/webhooks/blobs' ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: { openIdIssuer: authAuthority, clientId: authAudience }
        validation: { allowedAudiences: [ authAudience ] }
      }
    }
  }
}

// Blob data owner for the host's own blobs and the package; queues and tables for triggers, the task hub and the data.
var roles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in roles: {
  name: guid(storage.id, app.id, role)
  scope: storage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

// Blob-created events of the uploads' drop/ folder, for the IngestDrop trigger (Flex has no polling blob trigger).
resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {
  name: '${name}-storage-events'
  location: location
  properties: { source: storage.id, topicType: 'Microsoft.Storage.StorageAccounts' }
}

resource dropped 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2024-06-01-preview' = if (blobDropSubscription) {
  parent: topic
  name: 'ingest-drop'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestDrop&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [ 'Microsoft.Storage.BlobCreated' ]
      subjectBeginsWith: '/blobServices/default/containers/${storagePrefix}-uploads/blobs/drop/'
    }
  }
}

output url string = 'https://${app.properties.defaultHostName}'
