// BackCareBot in Azure: one Linux App Service running the bot, a user-assigned managed identity as the bot's
// identity (no password to rotate; multi-tenant bot registration is no longer offered for new bots), and an Azure
// Bot resource that connects the messaging endpoint to Microsoft Teams.
//
// az deployment group create -g <resource group> -f deployment/azure/main.bicep -p name=<unique name>

@description('A short name, unique in Azure: used for the web app (<name>.azurewebsites.net) and the bot.')
@minLength(3)
@maxLength(40)
param name string

param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for a pilot; the bot is a few microseconds of work per turn.')
param sku string = 'B1'

var tenantId = subscription().tenantId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
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
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet BackCareBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      appSettings: [
        // The Bot Framework SDK's own keys, so the settings read as any Bot Framework bot's do.
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        // App Service routes to 8080; the bot's own default (localhost:3978) is for development.
        { name: 'Urls', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        // The zip is already published; building it again on the server would only slow deployments.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        // /home is the persistent share on Linux App Service: conversation state survives restarts and deployments.
        { name: 'Storage__SqlitePath', value: '/home/data/backcare-state.db' }
      ]
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

output botBaseUrl string = 'https://${app.properties.defaultHostName}'
output microsoftAppId string = identity.properties.clientId
