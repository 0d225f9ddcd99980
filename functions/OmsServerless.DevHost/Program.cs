using OmsServerless.Api;
using OmsServerless.DevHost;
using OmsServerless.DevHost.Demo;
using OmsServerless.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
DevHostOptions devHost = builder.Configuration.GetSection(DevHostOptions.SectionName).Get<DevHostOptions>() ?? new DevHostOptions();
if (string.IsNullOrEmpty(builder.Configuration["Storage:ConnectionString"]))
{
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = LocalStorageStartup.AzuriteSettingsFor(devHost).ConnectionString,
    });
}

builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss ";
});
builder.Services.Configure<DevHostOptions>(builder.Configuration.GetSection(DevHostOptions.SectionName));
builder.Services.Configure<HostOptions>(o => o.ServicesStopConcurrently = true);
builder.Services.AddOmsStorage(builder.Configuration).AddOmsApi(builder.Configuration);
builder.Services.AddSingleton<DemoRetailerSeeder>();
builder.Services.AddHostedService<LocalStorageStartup>();

WebApplication app = builder.Build();
app.MapOmsApi();
app.MapGet("/", () => Results.Redirect("/api/openapi.json")).ExcludeFromDescription();
app.Lifetime.ApplicationStarted.Register(() => DevHostBanner.Print(app));
app.Run();

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
