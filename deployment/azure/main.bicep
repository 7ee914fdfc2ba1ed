// BackCareBot in Azure: stateless instances of the bot on a Linux App Service plan, conversation state in a Blob
// container reached with a managed identity (no storage keys anywhere), Application Insights over a Log Analytics
// workspace, and an Azure Bot resource that connects the messaging endpoint to Microsoft Teams and, for the web chat
// page, Azure's Direct Line.
//
// az deployment group create -g <resource group> -f deployment/azure/main.bicep \
//   -p name=<unique name> directLineTokenSigningKey=<32+ random characters>
// (deployment/README.md: the settings it makes, the sizing, Key Vault for the signing key.)

@description('A short name, unique in Azure: used for the web app (<name>.azurewebsites.net), the bot and the other resources.')
@minLength(3)
@maxLength(40)
param name string

param location string = resourceGroup().location

@description('App Service plan size. Each has at least 1.75 GB per instance: the bot peaks near 250 MB, and the built-in Direct Line may hold up to DirectLine:MaxTotalBytes (256 MB) of web chat history.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
param sku string = 'B1'

@description('Instances of the bot. Two or more work: each is stateless, state lives in the Blob container and web chat tokens are signed with the shared key. B plans allow up to 3.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('The secret web chat tokens are signed with, shared by every instance (32+ characters). From a .bicepparam file, take it from Key Vault: param directLineTokenSigningKey = az.getSecret(...).')
@secure()
@minLength(32)
param directLineTokenSigningKey string

@description('Which Direct Line the web chat page uses: Azure Bot Service\'s (any instance serves any conversation) or the bot\'s own (in the memory of the instance that started it, so sessions are sticky).')
@allowed(['AzureBotService', 'BuiltIn'])
param webChatDirectLine string = 'AzureBotService'

@description('Days an idle conversation\'s state is kept before the bot deletes it.')
@minValue(1)
@maxValue(365)
param stateRetentionDays int = 30

var tenantId = subscription().tenantId
var stateContainerName = 'backcarebot-state'

// Storage account names: 3-24 lowercase letters and digits, unique in Azure.
var storageAccountName = take('${toLower(replace(name, '-', ''))}${uniqueString(resourceGroup().id)}', 24)

// Azure's built-in role: read, write and delete blobs (data plane only; no keys, no account management).
var storageBlobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    // Entra ID only: the bot signs in with its managed identity, and no account key can be used or leaked.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Off on purpose: "forget me" and the retention sweep delete health data, and soft delete or versions would keep it.
    deleteRetentionPolicy: {
      enabled: false
    }
    containerDeleteRetentionPolicy: {
      enabled: false
    }
    isVersioningEnabled: false
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource stateAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: storageBlobDataContributor
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Only the built-in Direct Line keeps a web chat in one instance's memory; everything else needs no affinity.
    clientAffinityEnabled: webChatDirectLine == 'BuiltIn'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet BackCareBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      // Readiness: an instance whose state store does not answer gets no turns (/healthz is liveness only).
      healthCheckPath: '/readyz'
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: 'BackCareBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = if (webChatDirectLine == 'AzureBotService') {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'BackCareBot web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

var baseSettings = {
  // The Bot Framework SDK's own keys, so the settings read as any Bot Framework bot's do.
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.properties.clientId
  MicrosoftAppTenantId: tenantId
  // Azure.Identity's managed identity credential reads the user-assigned identity's client id from here.
  AZURE_CLIENT_ID: identity.properties.clientId
  // Kestrel's port in the platform's container; App Service's front end forwards to it.
  ASPNETCORE_HTTP_PORTS: '8080'
  WEBSITES_PORT: '8080'
  // The zip is already published; building it again on the server would only slow deployments.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  // An 8 MB gen0 budget: peak memory 161 MB instead of 238 MB under load (bench/README.md).
  DOTNET_GCgen0size: '0x800000'
  // Conversation state in the Blob container, shared by every instance, reached with the managed identity.
  Storage__Provider: 'AzureBlob'
  Storage__AzureBlob__ServiceUri: storage.properties.primaryEndpoints.blob
  Storage__AzureBlob__ContainerName: stateContainerName
  Storage__AzureBlob__ManagedIdentityClientId: identity.properties.clientId
  Storage__Retention: '${stateRetentionDays}.00:00:00'
  DirectLine__Mode: webChatDirectLine
  DirectLine__TokenSigningKey: directLineTokenSigningKey
  // App Service's front end is the only way to the app's port, and it appends the client's address and the scheme:
  // believe it, one hop deep (src/BackCareBot/README.md, Behind a proxy).
  ForwardedHeaders__KnownNetworks__0: '0.0.0.0/0'
  ForwardedHeaders__KnownNetworks__1: '::/0'
  // The bot applies the headers itself, once; ASP.NET Core's own switch would add a second pass.
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'false'
  // Traces, metrics (the BackCareBot.Conversation meter included) and logs, never message text.
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  Illustrations__PublicBaseUrl: 'https://${app.properties.defaultHostName}/'
}

// The Direct Line channel's secret stays on the server: the bot exchanges it for one conversation's token per page.
var directLineSettings = webChatDirectLine == 'AzureBotService'
  ? {
      DirectLine__Secret: directLine!.listChannelWithKeys().properties.properties.sites[0].key
    }
  : {}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: union(baseSettings, directLineSettings)
  dependsOn: [
    stateAccess
    stateContainer
  ]
}

output botBaseUrl string = 'https://${app.properties.defaultHostName}'
output microsoftAppId string = identity.properties.clientId
output stateBlobEndpoint string = storage.properties.primaryEndpoints.blob
