using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmsServerless.Api;
using OmsServerless.Storage;
using OmsServerless.Storage.Tables;

FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddOmsStorage(builder.Configuration).AddOmsApi(builder.Configuration);
builder.Services.AddHostedService<OmsTablesInitializer>();
builder.Build().Run();
