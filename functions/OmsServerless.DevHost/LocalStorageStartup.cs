using Microsoft.Extensions.Options;
using OmsServerless.DevHost.Demo;
using OmsServerless.LocalEmulators;
using OmsServerless.Storage;

namespace OmsServerless.DevHost;

/// <summary>
/// Runs before the server accepts requests: makes sure Azurite and the Cosmos DB emulator are up (starting them from
/// node_modules when nothing listens), creates tables, blob containers and Cosmos containers, and seeds the demo
/// retailer on first start. Stops the emulators it started.
/// </summary>
public sealed partial class LocalStorageStartup(
    IOptions<DevHostOptions> options,
    OmsStorageInitializer storage,
    DemoRetailerSeeder seeder,
    ILogger<LocalStorageStartup> logger) : IHostedService, IAsyncDisposable
{
    private EmulatorProcess? _azurite;
    private EmulatorProcess? _cosmos;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        DevHostOptions settings = options.Value;
        if (settings.StartEmulators)
        {
            _azurite = await Azurite.EnsureRunningAsync(AzuriteSettingsFor(settings), message => LogEmulator(logger, message), cancellationToken);
            _cosmos = await CosmosEmulator.EnsureRunningAsync(CosmosSettingsFor(settings), message => LogEmulator(logger, message), cancellationToken);
        }

        await storage.InitializeAsync(cancellationToken);
        if (settings.SeedDemoRetailer)
        {
            await seeder.SeedIfNeededAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_cosmos is not null)
        {
            await _cosmos.DisposeAsync();
            _cosmos = null;
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }

    public static AzuriteSettings AzuriteSettingsFor(DevHostOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AzuriteSettings(settings.AzuriteBlobPort, settings.AzuriteQueuePort, settings.AzuriteTablePort, UnderRepository(settings.AzuriteDataDirectory));
    }

    public static CosmosEmulatorSettings CosmosSettingsFor(DevHostOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CosmosEmulatorSettings(settings.CosmosPort, UnderRepository(settings.CosmosDataDirectory));
    }

    private static string UnderRepository(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(RepositoryFiles.FindRoot() ?? Directory.GetCurrentDirectory(), path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogEmulator(ILogger logger, string message);
}
