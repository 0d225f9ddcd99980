using Microsoft.Extensions.Options;
using OmsServerless.DevHost.Demo;
using OmsServerless.LocalEmulators;
using OmsServerless.Storage.Tables;

namespace OmsServerless.DevHost;

/// <summary>
/// Runs before the server accepts requests: makes sure Azurite is up (starting it from node_modules when nothing
/// listens), creates the tables and seeds the demo retailer on first start. Stops the Azurite it started.
/// </summary>
public sealed partial class LocalStorageStartup(
    IOptions<DevHostOptions> options,
    OmsTables tables,
    DemoRetailerSeeder seeder,
    ILogger<LocalStorageStartup> logger) : IHostedService, IAsyncDisposable
{
    private EmulatorProcess? _azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        DevHostOptions settings = options.Value;
        if (settings.StartEmulators)
        {
            _azurite = await Azurite.EnsureRunningAsync(AzuriteSettingsFor(settings), message => LogEmulator(logger, message), cancellationToken);
        }

        await tables.CreateAllAsync(cancellationToken);
        if (settings.SeedDemoRetailer)
        {
            await seeder.SeedIfNeededAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }

    public static AzuriteSettings AzuriteSettingsFor(DevHostOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string dataDirectory = Path.IsPathRooted(settings.AzuriteDataDirectory)
            ? settings.AzuriteDataDirectory
            : Path.Combine(RepositoryFiles.FindRoot() ?? Directory.GetCurrentDirectory(), settings.AzuriteDataDirectory);
        return new AzuriteSettings(settings.AzuriteBlobPort, settings.AzuriteQueuePort, settings.AzuriteTablePort, dataDirectory);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogEmulator(ILogger logger, string message);
}
