using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using OmsServerless.Api;
using OmsServerless.Storage;

FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddOmsStorage(builder.Configuration).AddOmsApi(builder.Configuration);
builder.Build().Run();
