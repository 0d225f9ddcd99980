using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class SandboxGatewayRegistrationTests
{
    [Fact]
    public void The_gateway_options_come_from_the_sandbox_payments_section_and_the_sandbox_serves_the_port()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SandboxPayments:AuthorizationLifetime"] = "3.00:00:00",
                ["SandboxPayments:InProgressLease"] = "00:00:10",
            })
            .Build();
        using ServiceProvider services = new ServiceCollection().AddOmsStorage(configuration).BuildServiceProvider();

        SandboxPaymentGatewayOptions options = services.GetRequiredService<IOptions<SandboxPaymentGatewayOptions>>().Value;
        Assert.Equal((TimeSpan.FromDays(3), TimeSpan.FromSeconds(10)), (options.AuthorizationLifetime, options.InProgressLease));
        Assert.IsType<SandboxPaymentGateway>(services.GetRequiredService<IPaymentGateway>());
        Assert.IsType<TableSandboxPaymentStore>(services.GetRequiredService<ISandboxPaymentStore>());
    }
}
