# BackCareBot in a container: built with the .NET SDK, run on the ASP.NET Core runtime image as its non-root user.
# docker build -t backcarebot . && docker run -p 8080:8080 backcarebot
# Several instances: -e Storage__Provider=AzureBlob -e Storage__AzureBlob__ServiceUri=https://<account>.blob.core.windows.net
#                    -e DirectLine__TokenSigningKey=<secret>   (README.md, "Configuration")

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The restore layer first, so a change to the code does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/BackCareBot/BackCareBot.csproj src/BackCareBot/
COPY src/BackCareBot.BackCare/BackCareBot.BackCare.csproj src/BackCareBot.BackCare/
COPY src/BackCareBot.BotFramework/BackCareBot.BotFramework.csproj src/BackCareBot.BotFramework/
COPY src/BackCareBot.Conversation/BackCareBot.Conversation.csproj src/BackCareBot.Conversation/
COPY src/BackCareBot.DirectLine/BackCareBot.DirectLine.csproj src/BackCareBot.DirectLine/
COPY src/BackCareBot.Storage.AzureBlob/BackCareBot.Storage.AzureBlob.csproj src/BackCareBot.Storage.AzureBlob/
COPY src/BackCareBot.Storage.Sqlite/BackCareBot.Storage.Sqlite.csproj src/BackCareBot.Storage.Sqlite/
COPY src/BackCareBot.Transcripts/BackCareBot.Transcripts.csproj src/BackCareBot.Transcripts/
RUN dotnet restore src/BackCareBot/BackCareBot.csproj
COPY src/ src/
COPY dialogs/ dialogs/
RUN dotnet publish src/BackCareBot/BackCareBot.csproj -c Release --no-restore -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The SQLite state file (the one-instance default) goes on a volume the app's user owns, owner-only; with
# Storage__Provider=AzureBlob nothing is written here.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__SqlitePath=/data/backcare-state.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's unprivileged user (uid 1654): the bot needs no root, and a compromise should not have it either.
USER $APP_UID
# A gen0 budget of 8 MB: sized from the processor's cache by default, gen0 let peak RSS under bench/run-load.sh reach
# 238 MB on the project's 2-core machine; with 8 MB it was 161 MB at equal throughput (README, "Performance").
ENV DOTNET_GCgen0size=0x800000
ENTRYPOINT ["dotnet", "BackCareBot.dll"]
