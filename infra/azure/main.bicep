// SmartReview in Azure: one storage account (tables, blobs, queues; the same layout as on Azurite, docs/storage.md),
// the host as a Linux web app on .NET 10 with a system-assigned identity that reaches storage without keys, and
// Application Insights; beside it the Functions app (functions.bicep). The host serves people (pages, API) with its
// queue workers off; the Functions app alone consumes every queue and runs the orchestrations, on the same pack and
// the same task hub (docs/decisions/0010-the-functions-app-consumes-the-queues.md). Deploy: az deployment group create -g <group> -f infra/azure/main.bicep -p name=<short name> authAuthority=<OIDC issuer> authAudience=<API audience>
targetScope = 'resourceGroup'

@description('Short lowercase name, used in every resource name (3-11 letters or digits).')
@minLength(3)
@maxLength(11)
param name string

param location string = resourceGroup().location

@description('Prefix of every table, container and queue (Storage:Prefix).')
param storagePrefix string = 'sr'

@description('App Service plan size; the host runs the API and the UI (the queues and orchestrations run in the Functions app).')
param planSku string = 'P1v3'

@description('The rule pack both apps score and check with (Packs:Path, relative to each app\'s folder; both ship rules/packs).')
param packPath string = 'packs/local/pack.json'

@description('A bureau\'s code tables for national extracts, laid over the defaults (National:Dictionaries: a JSON file relative to each app\'s folder, e.g. packs/local/dictionaries.json for a file put in rules/packs/local, which both apps ship); empty = the defaults. A bad file stops the apps at start.')
param nationalDictionaries string = ''

@description('The Durable task hub both apps share: the host arms deadlines and starts case orchestrations in it, the Functions app runs them.')
@minLength(3)
@maxLength(45)
param taskHub string = 'smartreviewhub'

@description('OpenID Connect provider that signs the users\' tokens (Auth:Authority), e.g. https://login.microsoftonline.com/<tenant>/v2.0.')
param authAuthority string

@description('Audience the tokens must be issued for (Auth:Audience): the API\'s application id or URI.')
param authAudience string

@description('Token claim holding the user\'s id (Auth:IdClaim), recorded as the actor of every decision.')
param authIdClaim string = 'sub'

@description('Token claim holding the roles reviewer, facility, panel, supervisor, admin (Auth:RoleClaim).')
param authRoleClaim string = 'roles'

@description('Token claim binding a facility user to its facility (Auth:FacilityClaim).')
param authFacilityClaim string = 'facility'

@description('Whether the local demo users (demo-users.json) may sign in (Auth:DemoUsersEnabled); never in production.')
param demoUsersEnabled bool = false

@description('Thumbprint of a certificate uploaded to the web app (private key) that encrypts the stored Data Protection keys; empty = keys unencrypted')
param keyCertificateThumbprint string = ''

@description('Create the Event Grid subscription of the Functions app\'s IngestDrop blob trigger (a second deployment, once the app is published).')
param blobDropSubscription bool = false

var storageName = toLower('${name}${uniqueString(resourceGroup().id)}')

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web' }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true }
}

resource host 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-host'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        // The host's appsettings listen on loopback; App Service sends traffic to port 8080.
        { name: 'Urls', value: 'http://0.0.0.0:8080' }
        { name: 'Storage__AccountName', value: storage.name }
        { name: 'Storage__Prefix', value: storagePrefix }
        // People only: the Functions app consumes the ingest, chunk and case-flow queues and runs the orchestrations.
        { name: 'Workers__Enabled', value: 'false' }
        { name: 'Packs__Path', value: packPath }
        { name: 'National__Dictionaries', value: nationalDictionaries }
        { name: 'Durable__TaskHub', value: taskHub }
        { name: 'Auth__Authority', value: authAuthority }
        { name: 'Auth__Audience', value: authAudience }
        { name: 'Auth__IdClaim', value: authIdClaim }
        { name: 'Auth__RoleClaim', value: authRoleClaim }
        { name: 'Auth__FacilityClaim', value: authFacilityClaim }
        { name: 'Auth__DemoUsersEnabled', value: string(demoUsersEnabled) }
        { name: 'Auth__RequireHttpsMetadata', value: 'true' }
        // App Service puts a loaded certificate at /var/ssl/private/{thumbprint}.p12, without a password.
        { name: 'WEBSITE_LOAD_CERTIFICATES', value: keyCertificateThumbprint }
        { name: 'Auth__KeyCertificate', value: empty(keyCertificateThumbprint) ? '' : '/var/ssl/private/${keyCertificateThumbprint}.p12' }
        // App Service's front end passes the client's address in X-Forwarded-For; the failed-login limit counts by it.
        { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
    }
  }
}

// The host's identity may read and write tables, blobs and queues of this account, and nothing else.
var roles = [
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
]

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in roles: {
  name: guid(storage.id, host.id, role)
  scope: storage
  properties: {
    principalId: host.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

// The queue triggers and orchestrations, as an Azure Functions app (SmartReview.Functions): the only consumer of each queue.
module functions 'functions.bicep' = {
  name: 'functions'
  params: {
    name: name
    location: location
    storageName: storage.name
    storagePrefix: storagePrefix
    packPath: packPath
    nationalDictionaries: nationalDictionaries
    taskHub: taskHub
    insightsConnectionString: insights.properties.ConnectionString
    authAuthority: authAuthority
    authAudience: authAudience
    authIdClaim: authIdClaim
    authRoleClaim: authRoleClaim
    authFacilityClaim: authFacilityClaim
    blobDropSubscription: blobDropSubscription
  }
}

output hostUrl string = 'https://${host.properties.defaultHostName}'
output storageAccount string = storage.name
output functionsUrl string = functions.outputs.url
