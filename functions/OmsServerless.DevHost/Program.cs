using OmsServerless.Api;
using OmsServerless.DevHost;
using OmsServerless.DevHost.Demo;
using OmsServerless.DevHost.Diagnostics;
using OmsServerless.DevHost.Durable;
using OmsServerless.LocalEmulators;
using OmsServerless.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
DevHostOptions devHost = builder.Configuration.GetSection(DevHostOptions.SectionName).Get<DevHostOptions>() ?? new DevHostOptions();
// Unless configured otherwise, the DevHost talks to the emulators it starts itself.
var emulatorDefaults = new Dictionary<string, string?>();
if (string.IsNullOrEmpty(builder.Configuration["Storage:ConnectionString"]))
{
    emulatorDefaults["Storage:ConnectionString"] = LocalStorageStartup.AzuriteSettingsFor(devHost).ConnectionString;
}

if (string.IsNullOrEmpty(builder.Configuration["Cosmos:Endpoint"]))
{
    emulatorDefaults["Cosmos:Endpoint"] = LocalStorageStartup.CosmosSettingsFor(devHost).Endpoint;
    emulatorDefaults["Cosmos:Key"] = CosmosEmulatorSettings.Key;
    emulatorDefaults["Cosmos:TrustLocalEmulatorCertificate"] = "true";
}

builder.Configuration.AddInMemoryCollection(emulatorDefaults);

builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss ";
});
builder.Services.Configure<DevHostOptions>(builder.Configuration.GetSection(DevHostOptions.SectionName));
builder.Services.Configure<HostOptions>(o => o.ServicesStopConcurrently = true);
builder.Services.AddCountedStorageClients().AddOmsStorage(builder.Configuration).AddOmsApi(builder.Configuration);
builder.Services.AddSingleton<DemoRetailerSeeder>();
builder.Services.AddHostedService<LocalStorageStartup>();
builder.Services.AddDevHostDurableTask(devHost, builder.Configuration);

WebApplication app = builder.Build();
app.MapOmsApi();
app.MapStorageOperations();
app.MapGet("/", () => Results.Redirect("/api/openapi.json")).ExcludeFromDescription();
app.Lifetime.ApplicationStarted.Register(() => DevHostBanner.Print(app));
app.Run();

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
