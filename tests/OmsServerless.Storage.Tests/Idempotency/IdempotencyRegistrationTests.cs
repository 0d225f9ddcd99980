using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Idempotency;
using OmsServerless.Storage.Idempotency;

namespace OmsServerless.Storage.Tests.Idempotency;

public sealed class IdempotencyRegistrationTests
{
    [Fact]
    public void The_retention_comes_from_the_idempotency_section_and_the_table_store_serves_the_port()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Idempotency:Retention"] = "02:30:00" })
            .Build();
        using ServiceProvider services = new ServiceCollection().AddOmsStorage(configuration).BuildServiceProvider();

        Assert.Equal(TimeSpan.FromMinutes(150), services.GetRequiredService<IOptions<IdempotencyOptions>>().Value.Retention);
        Assert.IsType<TableIdempotencyStore>(services.GetRequiredService<IIdempotencyStore>());
    }
}
