using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmsServerless.Api;
using OmsServerless.Storage;
using OmsServerless.Workflows;

FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddOmsStorage(builder.Configuration).AddOmsApi(builder.Configuration).AddOrderWorkflows(builder.Configuration);
builder.Services.AddHostedService(sp => sp.GetRequiredService<OmsStorageInitializer>());
builder.Build().Run();
